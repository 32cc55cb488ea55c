import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import type { LockableField } from '../api/types';

const labels: Record<LockableField, string> = {
  channel_id: 'Lock the channel',
  signup_method: 'Lock the sign-up method',
};

interface LockedFieldsFieldProps {
  value: LockableField[];
  onChange: (fields: LockableField[]) => void;
  error?: string;
}

/** Which of the template's settings only bot managers may change on a game made from it. */
export function LockedFieldsField({ value, onChange, error }: LockedFieldsFieldProps) {
  const toggle = (field: LockableField, locked: boolean) =>
    onChange(locked ? [...value, field] : value.filter((other) => other !== field));

  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">Locked settings</FormLabel>
      <FormGroup row>
        {(Object.keys(labels) as LockableField[]).map((field) => (
          <FormControlLabel
            key={field}
            control={<Checkbox checked={value.includes(field)} onChange={(event) => toggle(field, event.target.checked)} />}
            label={labels[field]}
          />
        ))}
      </FormGroup>
      <FormHelperText>{error ?? 'Hosts keep what the template sets; only bot managers can change it on a game.'}</FormHelperText>
    </FormControl>
  );
}
