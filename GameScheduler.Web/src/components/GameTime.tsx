import { Typography } from '@mui/material';
import { useNow } from '../hooks/useNow';
import { formatLocal, formatRelative } from '../lib/time';

/** A game's start in the viewer's local time, with how far away it is. */
export function GameTime({ scheduledAt }: { scheduledAt: string }) {
  const now = useNow();
  const date = new Date(scheduledAt);
  return (
    <Typography variant="body2" component="p">
      <time dateTime={scheduledAt}>{formatLocal(date)}</time>{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({formatRelative(date, now)})
      </Typography>
    </Typography>
  );
}
