import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import { refetchCoalesced } from './coalescedRefetch';
import { isGameListOfGuild, queryKeys } from './queryKeys';
import type { Game, GamePage } from './types';

/** Cached copies of one game: its details query and every list query that may hold it. */
function gameQueryFilters(gameId: string, guildId: string): [details: QueryFilters, lists: QueryFilters] {
  return [
    { queryKey: queryKeys.game(gameId), exact: true },
    { predicate: (query) => isGameListOfGuild(query, guildId) },
  ];
}

export type GameCacheSnapshot = Array<[readonly unknown[], unknown]>;

export function snapshotGame(queryClient: QueryClient, gameId: string, guildId: string): GameCacheSnapshot {
  return gameQueryFilters(gameId, guildId).flatMap((filters) => queryClient.getQueriesData(filters));
}

export function restoreSnapshot(queryClient: QueryClient, snapshot: GameCacheSnapshot): void {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
}

export async function cancelGameQueries(queryClient: QueryClient, gameId: string, guildId: string): Promise<void> {
  await Promise.all(gameQueryFilters(gameId, guildId).map((filters) => queryClient.cancelQueries(filters)));
}

/** Stores the game as its details and replaces it in the lists that hold it (other lists stay untouched). */
export function putGame(queryClient: QueryClient, game: Game): void {
  queryClient.setQueryData<Game>(queryKeys.game(game.id), game);
  queryClient.setQueriesData<GamePage>({ predicate: (q) => isGameListOfGuild(q, game.guild_id) }, (page) =>
    page && page.items.some((item) => item.id === game.id)
      ? { ...page, items: page.items.map((item) => (item.id === game.id ? game : item)) }
      : page,
  );
}

export function removeGameFromLists(queryClient: QueryClient, gameId: string, guildId: string): void {
  queryClient.setQueriesData<GamePage>({ predicate: (q) => isGameListOfGuild(q, guildId) }, (page) =>
    page && page.items.some((item) => item.id === gameId)
      ? { ...page, items: page.items.filter((item) => item.id !== gameId), total: page.total - 1 }
      : page,
  );
}

/**
 * Marks the game's details and the lists that may contain it stale; active ones refetch unless
 * `refetchType` is 'none'.
 */
export async function invalidateGame(
  queryClient: QueryClient,
  gameId: string,
  guildId: string,
  refetchType: 'active' | 'none' = 'active',
): Promise<void> {
  await Promise.all(
    gameQueryFilters(gameId, guildId).map((filters) => queryClient.invalidateQueries({ ...filters, refetchType })),
  );
}

/** Refetches the game's active details and the active lists that may contain it, coalescing bursts per query. */
export async function refetchGame(
  queryClient: QueryClient,
  gameId: string,
  guildId: string,
  mayRefetch: () => boolean,
): Promise<void> {
  const [details, lists] = gameQueryFilters(gameId, guildId);
  await Promise.all([
    refetchCoalesced(queryClient, `game:${gameId}`, details, mayRefetch),
    refetchCoalesced(queryClient, `lists-of-guild:${guildId}`, lists, mayRefetch),
  ]);
}
