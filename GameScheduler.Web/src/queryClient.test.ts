import { afterEach, describe, expect, it, vi } from 'vitest';
import { listGuilds } from './api/guilds';
import { ApiError } from './api/http';
import { queryKeys } from './api/queryKeys';
import { problemResponse, mockFetch } from './test/fetchMock';
import { createQueryClient } from './queryClient';

afterEach(() => vi.unstubAllGlobals());

describe('createQueryClient', () => {
  it('asks for the user again when any request finds the session gone', async () => {
    mockFetch({ 'GET /api/v1/guilds': () => problemResponse(401, { title: 'Unauthorized' }) });
    const queryClient = createQueryClient();
    queryClient.setQueryData(queryKeys.currentUser, { user: { id: '1' }, guilds: [] });

    await expect(queryClient.fetchQuery({ queryKey: queryKeys.guilds, queryFn: () => listGuilds() })).rejects.toThrow();

    expect(queryClient.getQueryState(queryKeys.currentUser)?.isInvalidated).toBe(true);
  });

  it('retries network failures and server errors a few times, but not answers that will not change', () => {
    const retry = createQueryClient().getDefaultOptions().queries?.retry as (failureCount: number, error: Error) => boolean;

    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(1, new ApiError(503, undefined))).toBe(true);
    expect(retry(2, new ApiError(503, undefined))).toBe(false);
    expect(retry(0, new ApiError(404, undefined))).toBe(false);
    expect(retry(0, new ApiError(401, undefined))).toBe(false);
  });
});
