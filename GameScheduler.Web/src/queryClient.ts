import { hashKey, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/http';
import { queryKeys } from './api/queryKeys';

const maxRetries = 2;
const isUnauthorized = (error: Error) => error instanceof ApiError && error.status === 401;

export function createQueryClient(): QueryClient {
  // A 401 from any request means the session has ended: asking for the user again lets the sign-in
  // gate show the login page (the user query's own 401 needs no second ask).
  const recheckSession = () => void queryClient.invalidateQueries({ queryKey: queryKeys.currentUser, exact: true });
  const currentUserHash = hashKey(queryKeys.currentUser);

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthorized(error) && query.queryHash !== currentUserHash) recheckSession();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthorized(error)) recheckSession();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed on a second try: network failures and server errors, not 4xx.
        retry: (failureCount, error) =>
          failureCount < maxRetries && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
  return queryClient;
}
