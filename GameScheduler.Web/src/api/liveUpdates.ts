import type { QueryClient } from '@tanstack/react-query';
import {
  applyGameState,
  invalidateGame,
  isGameFetching,
  refetchGame,
  refreshGameLists,
  removeGameFromLists,
} from './gameCache';
import { asGameState, type GameState } from './gameState';
import { optimisticMutationKey, queryKeys } from './queryKeys';
import type { CurrentUser } from './types';

type GameEventType = 'game_created' | 'game_updated' | 'game_cancelled';

/** A change of one game. */
export interface GameEvent {
  type: GameEventType;
  game_id: string;
  guild_id: string;
  /** The game's state after the change; absent on replayed events and when the server could not read the game. */
  game?: GameState;
  /** Present when only these users' own fields (can_join, is_participant...) may have changed. */
  affected_user_ids?: string[];
}

/** One `data:` payload of /api/v1/sse/game-updates. */
export type GameUpdate = GameEvent | { type: 'resync' };

const gameEventTypes = new Set(['game_created', 'game_updated', 'game_cancelled']);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Returns the update the text describes, or undefined for anything this client does not understand. A `game` that is
 * not this game's complete state, or `affected_user_ids` that are not user ids, are left out: the event then only
 * names the game, like a replayed one.
 */
export function parseGameUpdate(text: string): GameUpdate | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, game_id, guild_id, game, affected_user_ids } = value as Record<string, unknown>;
  if (type === 'resync') return { type };
  if (typeof type !== 'string' || !gameEventTypes.has(type)) return undefined;
  if (typeof game_id !== 'string' || typeof guild_id !== 'string') return undefined;

  const event: GameEvent = { type: type as GameEventType, game_id, guild_id };
  const state = asGameState(game, game_id, guild_id);
  if (state) event.game = state;
  if (isStringArray(affected_user_ids)) event.affected_user_ids = affected_user_ids;
  return event;
}

/**
 * The state the event carries, when the cache may take it as it is: the signed-in user is not among the users whose
 * own fields the change may alter (so the cached own fields still hold), and no copy of the game is being fetched (an
 * answer under way could predate the event and overwrite it).
 */
function stateToApply(queryClient: QueryClient, event: GameEvent): GameState | undefined {
  const { game, affected_user_ids } = event;
  if (!game || !affected_user_ids) return undefined;
  const userId = queryClient.getQueryData<CurrentUser>(queryKeys.currentUser)?.user.id;
  if (typeof userId !== 'string' || affected_user_ids.includes(userId)) return undefined;
  if (isGameFetching(queryClient, event.game_id, event.guild_id)) return undefined;
  return game;
}

/**
 * Brings the cached queries an update affects up to date. When the event carries a state the cache may take (see
 * stateToApply), it is written in without a request; a newly created game still refetches the lists, since where it
 * lands in a sorted, paged list is the Api's business. Otherwise the affected queries are refetched; `resync` means
 * anything may have changed.
 * While an optimistic change (a join, a leave, a roster change) is in flight, a refetch could answer with the state
 * from before it and wipe its optimistic result, so the queries are only marked stale; the mutation refetches them
 * when done.
 * A burst of updates to one game refetches its queries twice at most (see refetchCoalesced).
 */
export async function applyGameUpdate(queryClient: QueryClient, update: GameUpdate): Promise<void> {
  const mayRefetch = () => queryClient.isMutating({ mutationKey: optimisticMutationKey }) === 0;
  if (update.type === 'resync') {
    await queryClient.invalidateQueries({ refetchType: mayRefetch() ? 'active' : 'none' });
    return;
  }
  if (update.type === 'game_cancelled') removeGameFromLists(queryClient, update.game_id, update.guild_id);
  const state = mayRefetch() ? stateToApply(queryClient, update) : undefined;
  if (state) {
    applyGameState(queryClient, state);
    if (update.type === 'game_created') await refreshGameLists(queryClient, update.guild_id, mayRefetch);
    return;
  }
  await invalidateGame(queryClient, update.game_id, update.guild_id, 'none');
  if (mayRefetch()) await refetchGame(queryClient, update.game_id, update.guild_id, mayRefetch);
}
