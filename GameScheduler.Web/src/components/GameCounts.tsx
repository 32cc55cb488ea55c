import { Stack, Typography } from '@mui/material';
import type { Game } from '../api/types';

/** "3 / 10 players · 2 waiting", with stable hooks on each number for browser tests. */
export function GameCounts({ game }: { game: Game }) {
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
      <Typography variant="body2">
        <span data-testid="confirmed-count">{game.confirmed_count}</span> /{' '}
        <span data-testid="max-players">{game.max_players}</span> players
      </Typography>
      <Typography variant="body2" color="text.secondary">
        <span data-testid="waitlisted-count">{game.waitlisted_count}</span> on the waitlist
      </Typography>
    </Stack>
  );
}
