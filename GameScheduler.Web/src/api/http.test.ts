import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { ApiError, apiRequest, toQueryString } from './http';

afterEach(() => vi.unstubAllGlobals());

describe('apiRequest', () => {
  it('reads JSON with the session cookie and no anti-forgery header on GET', async () => {
    const requests = mockFetch({ 'GET /api/v1/guilds': () => jsonResponse([{ id: '1' }]) });

    await expect(apiRequest('/api/v1/guilds')).resolves.toEqual([{ id: '1' }]);
    expect(requests[0]?.credentials).toBe('same-origin');
    expect(requests[0]?.headers.has('X-Requested-With')).toBe(false);
  });

  it('marks every state-changing request with X-Requested-With and sends JSON', async () => {
    const requests = mockFetch({
      'PUT /api/v1/templates/t1': () => jsonResponse({ id: 't1' }),
      'DELETE /api/v1/games/g1': () => new Response(null, { status: 204 }),
    });

    await apiRequest('/api/v1/templates/t1', { method: 'PUT', body: { name: 'Raid' } });
    await expect(apiRequest('/api/v1/games/g1', { method: 'DELETE' })).resolves.toBeUndefined();

    for (const request of requests) {
      expect(request.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
      expect(request.credentials).toBe('same-origin');
    }
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(requests[0]?.body).toEqual({ name: 'Raid' });
  });

  it('turns a ProblemDetails answer into an ApiError with its message', async () => {
    mockFetch({ 'POST /api/v1/games/g1/join': () => problemResponse(409, { title: 'Conflict', detail: 'The game is full.' }) });

    const error = await apiRequest('/api/v1/games/g1/join', { method: 'POST' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, message: 'The game is full.', problem: { title: 'Conflict' } });
  });

  it('still reports a status when the error has no JSON body', async () => {
    mockFetch({ 'GET /api/v1/auth/user': () => new Response('', { status: 502 }) });

    await expect(apiRequest('/api/v1/auth/user')).rejects.toMatchObject({ status: 502, problem: undefined });
  });
});

describe('toQueryString', () => {
  it('leaves out parameters that are not set', () => {
    expect(toQueryString({ guild_id: '42', role: undefined, page: 2 })).toBe('?guild_id=42&page=2');
    expect(toQueryString({ role: undefined })).toBe('');
  });
});
