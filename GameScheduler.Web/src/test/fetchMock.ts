import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, status = 200, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });

export const problemResponse = (status: number, problem: Record<string, unknown>) =>
  jsonResponse({ status, ...problem }, status, 'application/problem+json');

/**
 * Replaces fetch with routes keyed by "METHOD /path" (query string ignored) and records every call;
 * an unrouted request fails the test with its route in the message.
 */
export function mockFetch(routes: Record<string, Responder>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      url,
      headers: new Headers(init?.headers),
      credentials: init?.credentials,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const route = `${request.method} ${url.split('?')[0]}`;
    const responder = routes[route];
    if (!responder) throw new Error(`Unexpected request: ${route}`);
    return responder(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}
