import { MenuItem, TextField } from '@mui/material';
import type { SignupMethod } from '../api/types';

const labels: Record<SignupMethod, string> = {
  SELF_SIGNUP: 'Players join themselves',
  HOST_SELECTED: 'Host picks the players',
  HOST_SELECTED_WITH_WAITLIST: 'Host picks; others can join the waitlist',
  ROLE_BASED: 'Players with the right roles',
};

interface SignupMethodFieldProps {
  id: string;
  value: SignupMethod;
  onChange: (method: SignupMethod) => void;
  disabled?: boolean;
  error?: string;
  hint?: string;
}

export function SignupMethodField({ id, value, onChange, disabled = false, error, hint }: SignupMethodFieldProps) {
  return (
    <TextField
      id={id}
      select
      label="Sign-up"
      value={value}
      onChange={(event) => onChange(event.target.value as SignupMethod)}
      disabled={disabled}
      error={error !== undefined}
      helperText={error ?? hint}
    >
      {(Object.keys(labels) as SignupMethod[]).map((method) => (
        <MenuItem key={method} value={method}>
          {labels[method]}
        </MenuItem>
      ))}
    </TextField>
  );
}
