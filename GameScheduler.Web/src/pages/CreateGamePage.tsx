import { Typography } from '@mui/material';
import { useParams } from 'react-router';
import { createGame } from '../api/games';
import { GameForm } from '../components/GameForm';
import { applyTemplate, emptyGameForm } from '../components/gameFormValues';
import { QueryView } from '../components/QueryView';
import { useTemplates } from '../hooks/queries';
import { useShowSavedGame } from '../hooks/useShowSavedGame';
import { localTimeZone } from '../lib/time';

export function CreateGamePage() {
  const { guildId = '' } = useParams();
  const templates = useTemplates(guildId);
  const showSavedGame = useShowSavedGame();

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        New game
      </Typography>
      <QueryView query={templates} loadingLabel="Loading templates">
        {(data) => {
          const defaultTemplate = data.find((template) => template.is_default);
          return (
            <GameForm
              guildId={guildId}
              initialValues={defaultTemplate ? applyTemplate(emptyGameForm, defaultTemplate) : emptyGameForm}
              timeZone={localTimeZone()}
              templates={data}
              offerHost
              submitLabel="Create game"
              onSubmit={createGame}
              onSaved={showSavedGame}
            />
          );
        }}
      </QueryView>
    </>
  );
}
