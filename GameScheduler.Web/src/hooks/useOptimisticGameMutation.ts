import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  cancelGameQueries,
  invalidateGame,
  putGame,
  restoreSnapshot,
  snapshotGame,
  type GameCacheSnapshot,
} from '../api/gameCache';
import { optimisticMutationKey } from '../api/queryKeys';
import type { Game } from '../api/types';
import { useNotify } from './useNotify';

interface OptimisticGameMutationOptions<Change extends { game: Game }, Result> {
  /** Starts with optimisticMutationKey, so live updates hold back their refetches meanwhile. */
  mutationKey: readonly unknown[];
  mutationFn: (change: Change) => Promise<Result>;
  /** The game as it will most likely be once the Api accepts the change. */
  predict: (change: Change) => Game;
  failureMessage: (change: Change, error: Error) => string;
  /** The game in the Api's answer, when the answer holds one. */
  answeredGame?: (result: Result) => Game | undefined;
}

/**
 * Changes a game optimistically: every cached copy of the game shows the predicted result at once, and goes back to
 * what it was, with a message, if the Api refuses. The Api's answer, or a refetch, then replaces the prediction.
 */
export function useOptimisticGameMutation<Change extends { game: Game }, Result>({
  mutationKey,
  mutationFn,
  predict,
  failureMessage,
  answeredGame,
}: OptimisticGameMutationOptions<Change, Result>) {
  const queryClient = useQueryClient();
  const notify = useNotify();

  return useMutation<Result, Error, Change, GameCacheSnapshot>({
    mutationKey,
    mutationFn,
    onMutate: async (change) => {
      const { game } = change;
      await cancelGameQueries(queryClient, game.id, game.guild_id);
      const snapshot = snapshotGame(queryClient, game.id, game.guild_id);
      putGame(queryClient, predict(change));
      return snapshot;
    },
    onError: (error, change, snapshot) => {
      if (snapshot) restoreSnapshot(queryClient, snapshot);
      notify(failureMessage(change, error));
    },
    onSuccess: (result) => {
      const game = answeredGame?.(result);
      if (game) putGame(queryClient, game);
    },
    onSettled: async (_data, _error, { game }) => {
      // Lists filtered by role (e.g. "joined") may gain or lose the game, and an answer without the game leaves only
      // the prediction. Refetching while other optimistic changes are in flight would overwrite their predictions, so
      // the last one to finish refetches for all of them, including what live updates marked stale in the meantime.
      await invalidateGame(queryClient, game.id, game.guild_id, 'none');
      if (queryClient.isMutating({ mutationKey: optimisticMutationKey }) === 1) {
        void queryClient.refetchQueries({ stale: true, type: 'active' });
      }
    },
  });
}
