import { Alert, Button, Divider, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { calendarUrl } from '../api/games';
import type { Game } from '../api/types';
import { AnnouncesAt } from '../components/AnnouncesAt';
import { CancelGameButton } from '../components/CancelGameButton';
import { CloneGameButton } from '../components/CloneGameButton';
import { GameCounts } from '../components/GameCounts';
import { GameStatusChip } from '../components/GameStatusChip';
import { GameTime } from '../components/GameTime';
import { MembershipButton } from '../components/MembershipButton';
import { QueryView } from '../components/QueryView';
import { RosterColumns } from '../components/RosterColumns';
import { RosterEditor } from '../components/RosterEditor';
import { SeriesInfo } from '../components/SeriesInfo';
import { StopRepeatingButton } from '../components/StopRepeatingButton';
import { useGame } from '../hooks/queries';

export function GameDetailsPage() {
  const { gameId = '' } = useParams();
  const game = useGame(gameId);
  return (
    <QueryView query={game} loadingLabel="Loading game">
      {(data) => <GameDetails game={data} />}
    </QueryView>
  );
}

function GameDetails({ game }: { game: Game }) {
  const editable = game.can_edit && game.status === 'SCHEDULED';
  return (
    <Paper data-game-id={game.id} variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h4" component="h1">
            {game.title}
          </Typography>
          <GameStatusChip status={game.status} />
        </Stack>
        <GameTime scheduledAt={game.scheduled_at} />
        <AnnouncesAt game={game} />
        <SeriesInfo game={game} />
        <Typography color="text.secondary">
          Hosted by {game.host.display_name} · {game.duration_minutes} minutes
          {game.where && ` · ${game.where}`}
        </Typography>
        {game.can_edit && game.channel_deleted && (
          <Alert severity="warning">
            The channel of this game was deleted on Discord, so the game has nowhere to be announced. Pick another
            channel with Edit.
          </Alert>
        )}
        {game.description && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{game.description}</Typography>}
        {game.signup_instructions && (
          <Alert severity="info" aria-label="Sign-up instructions" sx={{ whiteSpace: 'pre-wrap' }}>
            {game.signup_instructions}
          </Alert>
        )}
        <GameCounts game={game} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          <MembershipButton game={game} />
          <Button href={calendarUrl(game.id)} download>
            Add to calendar
          </Button>
          {game.discord_message_url && (
            <Button href={game.discord_message_url} target="_blank" rel="noopener noreferrer">
              Open in Discord
            </Button>
          )}
          {editable && (
            <>
              <Button component={RouterLink} to={`/games/${game.id}/edit`}>
                Edit
              </Button>
              <CancelGameButton game={game} />
            </>
          )}
          {game.can_edit && game.recurrence && <StopRepeatingButton game={game} />}
          <CloneGameButton game={game} />
        </Stack>
        <Divider />
        {editable ? <RosterEditor game={game} /> : <RosterColumns game={game} />}
      </Stack>
    </Paper>
  );
}
