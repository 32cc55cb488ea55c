import { Alert, Typography } from '@mui/material';
import { useParams } from 'react-router';
import { updateGame } from '../api/games';
import type { GameInput } from '../api/types';
import { GameForm } from '../components/GameForm';
import { formValuesFromGame } from '../components/gameFormValues';
import { QueryView } from '../components/QueryView';
import { useGame } from '../hooks/queries';
import { useShowSavedGame } from '../hooks/useShowSavedGame';
import { localTimeZone } from '../lib/time';

export function EditGamePage() {
  const { gameId = '' } = useParams();
  const game = useGame(gameId);
  const showSavedGame = useShowSavedGame();
  const save = (input: GameInput) => updateGame(gameId, input);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Edit game
      </Typography>
      <QueryView query={game} loadingLabel="Loading game">
        {(data) =>
          data.can_edit ? (
            <GameForm
              // A new form when another game is opened, so no values carry over.
              key={data.id}
              guildId={data.guild_id}
              initialValues={formValuesFromGame(data)}
              timeZone={data.time_zone ?? localTimeZone()}
              lockedFields={data.locked_fields}
              inSeries={data.recurrence !== null || data.series_id !== null}
              submitLabel="Save changes"
              onSubmit={save}
              onSaved={showSavedGame}
            />
          ) : (
            <Alert severity="info">Only the host or a bot manager can edit “{data.title}”.</Alert>
          )
        }
      </QueryView>
    </>
  );
}
