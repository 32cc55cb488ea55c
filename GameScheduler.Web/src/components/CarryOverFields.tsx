import { Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';

interface CarryOverFieldsProps {
  carryOver: boolean;
  confirmHoursBefore: string;
  onChange: (changes: { carry_over_players?: boolean; confirm_hours_before?: string }) => void;
}

/** For a repeating game: whether the next game starts with this one's players, and by when they must confirm. */
export function CarryOverFields({ carryOver, confirmHoursBefore, onChange }: CarryOverFieldsProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
      <FormControlLabel
        control={<Checkbox checked={carryOver} onChange={(event) => onChange({ carry_over_players: event.target.checked })} />}
        label="Carry over confirmed players"
      />
      {carryOver && (
        <TextField
          id="game-confirm-hours"
          label="Confirm by (hours before start)"
          type="number"
          value={confirmHoursBefore}
          onChange={(event) => onChange({ confirm_hours_before: event.target.value })}
          helperText="Players who have not confirmed by then are dropped and the waitlist moves up."
        />
      )}
    </Stack>
  );
}
