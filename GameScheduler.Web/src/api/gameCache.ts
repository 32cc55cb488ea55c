import type { QueryClient, QueryFilters } from '@tanstack/react-query';
import { refetchCoalesced } from './coalescedRefetch';
import { withViewerFields, type GameState } from './gameState';
import { isGameListOfGuild, queryKeys } from './queryKeys';
import type { Game, GamePage } from './types';

/** Every list query that may hold a game of the guild. */
function gameListFilters(guildId: string): QueryFilters {
  return { predicate: (query) => isGameListOfGuild(query, guildId) };
}

/** Cached copies of one game: its details query and every list query that may hold it. */
function gameQueryFilters(gameId: string, guildId: string): [details: QueryFilters, lists: QueryFilters] {
  return [{ queryKey: queryKeys.game(gameId), exact: true }, gameListFilters(guildId)];
}

/** Names the coalesced refetch of the guild's lists; one name always stands for the same filters. */
const listsRefetchKey = (guildId: string) => `lists-of-guild:${guildId}`;

/** Writes what `change` makes of each cached query's data; queries whose data it returns as it was are left alone. */
function changeCachedData<T>(queryClient: QueryClient, filters: QueryFilters, change: (data: T) => T) {
  for (const query of queryClient.getQueryCache().findAll(filters)) {
    const data = query.state.data as T | undefined;
    if (data === undefined) continue;
    const changed = change(data);
    if (changed !== data) queryClient.setQueryData<T>(query.queryKey, changed);
  }
}

/** Replaces the game in the cached list pages that hold it with what `replace` makes of it (other lists stay). */
function replaceInLists(queryClient: QueryClient, gameId: string, guildId: string, replace: (cached: Game) => Game) {
  changeCachedData<GamePage>(queryClient, gameListFilters(guildId), (page) => {
    const items = page.items.map((item) => (item.id === gameId ? replace(item) : item));
    return items.some((item, index) => item !== page.items[index]) ? { ...page, items } : page;
  });
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
  replaceInLists(queryClient, game.id, game.guild_id, () => game);
}

/**
 * Brings the cached copies of the game (its details, the list pages that hold it) to `state`, each keeping its
 * viewer's own fields. A copy of a higher version than `state` stays as it is: `state` arrived late. A query marked
 * stale stays stale: `state` covers this game, while a list may be stale for another.
 */
export function applyGameState(queryClient: QueryClient, state: GameState): void {
  const [details, lists] = gameQueryFilters(state.id, state.guild_id);
  const markedStale = [details, lists]
    .flatMap((filters) => queryClient.getQueryCache().findAll(filters))
    .filter((query) => query.state.isInvalidated);
  const update = (cached: Game) => (cached.version > state.version ? cached : withViewerFields(state, cached));
  changeCachedData<Game>(queryClient, details, update);
  replaceInLists(queryClient, state.id, state.guild_id, update);
  for (const query of markedStale) query.invalidate();
}

export function removeGameFromLists(queryClient: QueryClient, gameId: string, guildId: string): void {
  changeCachedData<GamePage>(queryClient, gameListFilters(guildId), (page) =>
    page.items.some((item) => item.id === gameId)
      ? { ...page, items: page.items.filter((item) => item.id !== gameId), total: page.total - 1 }
      : page,
  );
}

/** True while the game's details or a list that may hold it is being fetched. */
export function isGameFetching(queryClient: QueryClient, gameId: string, guildId: string): boolean {
  return gameQueryFilters(gameId, guildId).some((filters) => queryClient.isFetching(filters) > 0);
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
    refetchCoalesced(queryClient, listsRefetchKey(guildId), lists, mayRefetch),
  ]);
}

/** Marks the lists that may hold a game of the guild stale and refetches the active ones, coalescing bursts. */
export async function refreshGameLists(
  queryClient: QueryClient,
  guildId: string,
  mayRefetch: () => boolean,
): Promise<void> {
  const lists = gameListFilters(guildId);
  await queryClient.invalidateQueries({ ...lists, refetchType: 'none' });
  await refetchCoalesced(queryClient, listsRefetchKey(guildId), lists, mayRefetch);
}
