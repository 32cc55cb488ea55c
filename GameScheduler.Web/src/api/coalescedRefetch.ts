import type { QueryClient, QueryFilters } from '@tanstack/react-query';

interface Run {
  again: boolean;
}

const runsByClient = new WeakMap<QueryClient, Map<string, Run>>();

/**
 * Refetches the active queries `filters` match, one refetch per `key` at a time. A call while one is under way asks for
 * a single further refetch after it, however many calls arrive meanwhile: a burst of live updates then costs two
 * requests, not one per update, each cancelling the last. `key` must always name the same `filters`. The further
 * refetch happens only if `mayRefetch` still allows it then (a join or leave may have started meanwhile); if not,
 * the queries are left marked stale instead.
 */
export async function refetchCoalesced(
  queryClient: QueryClient,
  key: string,
  filters: QueryFilters,
  mayRefetch: () => boolean,
): Promise<void> {
  let runs = runsByClient.get(queryClient);
  if (!runs) {
    runs = new Map();
    runsByClient.set(queryClient, runs);
  }
  const running = runs.get(key);
  if (running) {
    running.again = true;
    return;
  }

  const run: Run = { again: false };
  runs.set(key, run);
  try {
    do {
      run.again = false;
      await queryClient.refetchQueries({ ...filters, type: 'active' });
    } while (run.again && mayRefetch());
    // The answer may predate what was asked for meanwhile: mark it stale for whoever holds refetches back.
    if (run.again) await queryClient.invalidateQueries({ ...filters, refetchType: 'none' });
  } finally {
    runs.delete(key);
  }
}
