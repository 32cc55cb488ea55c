import { useMutation, useQueryClient } from '@tanstack/react-query';
import { joinGame, leaveGame } from '../api/games';
import {
  cancelGameQueries,
  invalidateGame,
  putGame,
  restoreSnapshot,
  snapshotGame,
  type GameCacheSnapshot,
} from '../api/gameCache';
import { predictMembership, type MembershipAction } from '../api/membershipPrediction';
import { membershipMutationKey } from '../api/queryKeys';
import type { Game } from '../api/types';
import { useNotify } from './useNotify';

interface MembershipChange {
  game: Game;
  action: MembershipAction;
}

/**
 * Joins or leaves a game optimistically: every cached copy of the game shows the expected result at
 * once, and goes back to what it was, with a message, if the Api refuses.
 */
export function useMembershipMutation() {
  const queryClient = useQueryClient();
  const notify = useNotify();

  return useMutation<Game, Error, MembershipChange, GameCacheSnapshot>({
    mutationKey: membershipMutationKey,
    mutationFn: ({ game, action }) => (action === 'join' ? joinGame(game.id) : leaveGame(game.id)),
    onMutate: async ({ game, action }) => {
      await cancelGameQueries(queryClient, game.id, game.guild_id);
      const snapshot = snapshotGame(queryClient, game.id, game.guild_id);
      putGame(queryClient, predictMembership(game, action));
      return snapshot;
    },
    onError: (error, { game, action }, snapshot) => {
      if (snapshot) restoreSnapshot(queryClient, snapshot);
      notify(`Could not ${action} “${game.title}”: ${error.message}`);
    },
    onSuccess: (updated) => putGame(queryClient, updated),
    onSettled: async (_data, _error, { game }) => {
      // Lists filtered by role (e.g. "joined") may gain or lose the game. Refetching while other joins
      // or leaves are in flight would overwrite their optimistic state, so the last one to finish
      // refetches for all of them, including what live updates marked stale in the meantime.
      await invalidateGame(queryClient, game.id, game.guild_id, 'none');
      if (queryClient.isMutating({ mutationKey: membershipMutationKey }) === 1) {
        void queryClient.refetchQueries({ stale: true, type: 'active' });
      }
    },
  });
}
