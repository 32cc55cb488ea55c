import { InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { CalendarDay } from '../lib/calendarDay';
import {
  repeatsChoices,
  repeatsLabel,
  type RecurrenceEnd,
  type RecurrenceFormValues,
  type RepeatsChoice,
} from './recurrenceFormValues';

const endLabels: Record<RecurrenceEnd, string> = {
  never: 'Never',
  until: 'On date',
  count: 'After N games',
};

interface RecurrenceFieldsProps {
  /** Prefix of the inputs' ids: "game" gives "game-repeats". */
  idPrefix: string;
  value: RecurrenceFormValues;
  /** The first game's date, which names the weekday and day of month; null where there is none (a template). */
  start: CalendarDay | null;
  onChange: (value: RecurrenceFormValues) => void;
  /** The Api's messages about the rule. */
  error?: string;
  hint?: string;
}

/** Whether and how a game repeats: weekly or monthly, every N, until a date or for a number of games. */
export function RecurrenceFields({ idPrefix, value, start, onChange, error, hint }: RecurrenceFieldsProps) {
  const change = (changes: Partial<RecurrenceFormValues>) => onChange({ ...value, ...changes, touched: true });
  const repeats = value.repeats !== 'none';
  return (
    <Stack spacing={2}>
      <TextField
        id={`${idPrefix}-repeats`}
        select
        label="Repeats"
        value={value.repeats}
        onChange={(event) => change({ repeats: event.target.value as RepeatsChoice })}
        error={error !== undefined}
        helperText={error ?? (repeats ? hint : undefined)}
      >
        {repeatsChoices(start, value.repeats).map((choice) => (
          <MenuItem key={choice} value={choice}>
            {repeatsLabel(choice, start)}
          </MenuItem>
        ))}
      </TextField>
      {repeats && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            id={`${idPrefix}-repeat-interval`}
            label="Every"
            type="number"
            value={value.interval}
            onChange={(event) => change({ interval: event.target.value })}
            slotProps={{
              input: {
                endAdornment: <InputAdornment position="end">{value.repeats === 'weekly' ? 'weeks' : 'months'}</InputAdornment>,
              },
            }}
            sx={{ maxWidth: 160 }}
          />
          <TextField
            id={`${idPrefix}-repeat-ends`}
            select
            label="Ends"
            value={value.ends}
            onChange={(event) => change({ ends: event.target.value as RecurrenceEnd })}
            sx={{ minWidth: 180 }}
          >
            {(Object.keys(endLabels) as RecurrenceEnd[]).map((end) => (
              <MenuItem key={end} value={end}>
                {endLabels[end]}
              </MenuItem>
            ))}
          </TextField>
          {value.ends === 'until' && (
            <DatePicker
              label="Last game on"
              value={value.until}
              onChange={(until) => change({ until })}
              slotProps={{ textField: { id: `${idPrefix}-repeat-until`, required: true } }}
            />
          )}
          {value.ends === 'count' && (
            <TextField
              id={`${idPrefix}-repeat-count`}
              label="Number of games"
              type="number"
              required
              value={value.count}
              onChange={(event) => change({ count: event.target.value })}
              helperText="The first one included."
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
