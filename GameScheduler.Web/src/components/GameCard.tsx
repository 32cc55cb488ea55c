import { Card, CardActions, CardContent, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Game } from '../api/types';
import { AnnouncesAt } from './AnnouncesAt';
import { GameCounts } from './GameCounts';
import { GameStatusChip } from './GameStatusChip';
import { GameTime } from './GameTime';
import { MembershipButton } from './MembershipButton';

export function GameCard({ game }: { game: Game }) {
  return (
    <Card data-game-id={game.id} component="article" variant="outlined" sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          <Link component={RouterLink} to={`/games/${game.id}`} underline="hover" color="inherit">
            {game.title}
          </Link>
        </Typography>
        {game.status !== 'SCHEDULED' && <GameStatusChip status={game.status} />}
        <GameTime scheduledAt={game.scheduled_at} />
        <AnnouncesAt game={game} />
        <Typography variant="body2" color="text.secondary">
          Hosted by {game.host.display_name}
        </Typography>
        {game.where && (
          <Typography variant="body2" color="text.secondary">
            Where: {game.where}
          </Typography>
        )}
        <GameCounts game={game} />
      </CardContent>
      <CardActions>
        <MembershipButton game={game} />
      </CardActions>
    </Card>
  );
}
