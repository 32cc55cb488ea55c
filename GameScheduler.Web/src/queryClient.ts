import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/http';

const maxRetries = 2;

/** Retries only what may succeed on a second try: network failures and server errors, not 4xx answers. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < maxRetries && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
}
