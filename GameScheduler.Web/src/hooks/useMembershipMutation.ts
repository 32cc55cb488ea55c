import { joinGame, leaveGame } from '../api/games';
import { predictMembership, type MembershipAction } from '../api/membershipPrediction';
import { membershipMutationKey } from '../api/queryKeys';
import type { Game } from '../api/types';
import { useOptimisticGameMutation } from './useOptimisticGameMutation';

interface MembershipChange {
  game: Game;
  action: MembershipAction;
}

/** Joins or leaves a game optimistically (see useOptimisticGameMutation). */
export const useMembershipMutation = () =>
  useOptimisticGameMutation<MembershipChange, Game>({
    mutationKey: membershipMutationKey,
    mutationFn: ({ game, action }) => (action === 'join' ? joinGame(game.id) : leaveGame(game.id)),
    predict: ({ game, action }) => predictMembership(game, action),
    failureMessage: ({ game, action }, error) => `Could not ${action} “${game.title}”: ${error.message}`,
    answeredGame: (game) => game,
  });
