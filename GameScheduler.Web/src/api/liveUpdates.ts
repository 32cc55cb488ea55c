import type { QueryClient } from '@tanstack/react-query';
import { invalidateGame, refetchGame, removeGameFromLists } from './gameCache';
import { optimisticMutationKey } from './queryKeys';

/** One `data:` payload of /api/v1/sse/game-updates. */
export type GameUpdate =
  | { type: 'game_created' | 'game_updated' | 'game_cancelled'; game_id: string; guild_id: string }
  | { type: 'resync' };

const gameEventTypes = new Set(['game_created', 'game_updated', 'game_cancelled']);

/** Returns the update the text describes, or undefined for anything this client does not understand. */
export function parseGameUpdate(text: string): GameUpdate | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, game_id, guild_id } = value as Record<string, unknown>;
  if (type === 'resync') return { type };
  if (typeof type === 'string' && gameEventTypes.has(type) && typeof game_id === 'string' && typeof guild_id === 'string') {
    return { type: type as 'game_created' | 'game_updated' | 'game_cancelled', game_id, guild_id };
  }
  return undefined;
}

/**
 * Refreshes exactly the cached queries an update affects; `resync` means anything may have changed.
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
  await invalidateGame(queryClient, update.game_id, update.guild_id, 'none');
  if (mayRefetch()) await refetchGame(queryClient, update.game_id, update.guild_id, mayRefetch);
}
