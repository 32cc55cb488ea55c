import { Box, Button, Divider, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { calendarUrl } from '../api/games';
import type { Game } from '../api/types';
import { CancelGameButton } from '../components/CancelGameButton';
import { GameCounts } from '../components/GameCounts';
import { GameStatusChip } from '../components/GameStatusChip';
import { GameTime } from '../components/GameTime';
import { MembershipButton } from '../components/MembershipButton';
import { PlayerList } from '../components/PlayerList';
import { QueryView } from '../components/QueryView';
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
        <Typography color="text.secondary">
          Hosted by {game.host.display_name} · {game.duration_minutes} minutes
          {game.where && ` · ${game.where}`}
        </Typography>
        {game.description && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{game.description}</Typography>}
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
        </Stack>
        <Divider />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <PlayerList title="Confirmed" players={game.participants.confirmed} emptyMessage="Nobody has joined yet." />
          <PlayerList title="Waitlist" players={game.participants.waitlisted} emptyMessage="Nobody is waiting." />
        </Box>
      </Stack>
    </Paper>
  );
}
