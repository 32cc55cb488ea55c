import { Typography } from '@mui/material';
import type { Game } from '../api/types';
import { calendarDayIn } from '../lib/calendarDay';
import { describeRecurrence } from '../lib/recurrenceText';
import { formatLocal } from '../lib/time';

/** How the game repeats, and by when players carried over from the previous game must confirm. */
export function SeriesInfo({ game }: { game: Game }) {
  const start = calendarDayIn(new Date(game.scheduled_at), game.time_zone ?? 'UTC');
  return (
    <>
      {game.recurrence && (
        <Typography variant="body2" color="text.secondary" data-testid="repeats">
          {describeRecurrence(game.recurrence, start)} · next game is created when this one starts
        </Typography>
      )}
      {game.confirm_by && (
        <Typography variant="body2" color="text.secondary" data-testid="confirm-by">
          Carried-over players confirm by <time dateTime={game.confirm_by}>{formatLocal(new Date(game.confirm_by))}</time>
        </Typography>
      )}
    </>
  );
}
