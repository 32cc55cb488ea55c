import { problemMessages } from '../api/problemFields';
import { addParticipant, removeParticipant, reorderParticipants } from '../api/roster';
import { predictRoster, type RosterChange } from '../api/rosterPrediction';
import { rosterMutationKey } from '../api/queryKeys';
import type { Game } from '../api/types';
import { useOptimisticGameMutation } from './useOptimisticGameMutation';

interface RosterEdit {
  game: Game;
  change: RosterChange;
}

/** Sends the change; only the order route answers with the game, the others leave it to a refetch. */
async function sendRosterChange(gameId: string, change: RosterChange): Promise<Game | undefined> {
  switch (change.kind) {
    case 'add':
      await addParticipant(gameId, change.userId ? { user_id: change.userId } : { display_name: change.displayName });
      return undefined;
    case 'remove':
      await removeParticipant(gameId, change.participantId);
      return undefined;
    case 'reorder':
      return reorderParticipants(gameId, change.participantIds);
  }
}

/** The host's roster changes, shown before the Api answers (see useOptimisticGameMutation). */
export const useRosterMutation = () =>
  useOptimisticGameMutation<RosterEdit, Game | undefined>({
    mutationKey: rosterMutationKey,
    mutationFn: ({ game, change }) => sendRosterChange(game.id, change),
    predict: ({ game, change }) => predictRoster(game, change, new Date()),
    failureMessage: ({ game }, error) =>
      `Could not change the players of “${game.title}”: ${problemMessages(error, []).formErrors.join(' ')}`,
    answeredGame: (game) => game,
  });
