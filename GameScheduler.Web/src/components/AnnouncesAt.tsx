import { Typography } from '@mui/material';
import type { Game } from '../api/types';
import { formatLocal } from '../lib/time';

/** While the game waits for its post time: when it will be announced in Discord. */
export function AnnouncesAt({ game }: { game: Game }) {
  if (!game.awaits_announcement || !game.post_at) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="announces-at">
      Announces at <time dateTime={game.post_at}>{formatLocal(new Date(game.post_at))}</time>
    </Typography>
  );
}
