import { Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';

/** Adds a player who is not on Discord (or not yet known), by the name to show. */
export function AddPlaceholderForm({ onAdd }: { onAdd: (displayName: string) => void }) {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAdd(name.trim());
    setName('');
  };

  return (
    <Stack component="form" direction="row" spacing={1} onSubmit={submit} aria-label="Add a placeholder" sx={{ alignItems: 'flex-start' }}>
      <TextField
        id="roster-placeholder-name"
        label="Placeholder name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        helperText="For a player who is not in the server."
        sx={{ flexGrow: 1 }}
      />
      <Button type="submit" disabled={name.trim() === ''} sx={{ mt: 1 }}>
        Add placeholder
      </Button>
    </Stack>
  );
}
