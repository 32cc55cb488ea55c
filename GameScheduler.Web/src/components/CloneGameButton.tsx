import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { cloneGame } from '../api/games';
import type { Game } from '../api/types';
import { useMayManage } from '../hooks/useMayManage';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { useShowSavedGame } from '../hooks/useShowSavedGame';
import { localTimeZone, nextWeeklyStart } from '../lib/time';
import { FormErrors } from './FormErrors';

interface CloneValues {
  scheduled_at: Dayjs | null;
  carry_over_players: boolean;
}

const cloneFields = ['scheduled_at', 'carry_over_players'] as const;

/** For the game's host and bot managers: copies the game to a new time, with or without its players, then opens it. */
export function CloneGameButton({ game }: { game: Game }) {
  const [open, setOpen] = useState(false);
  const mayManage = useMayManage(game);
  if (!mayManage) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Clone</Button>
      {open && <CloneGameDialog game={game} onClose={() => setOpen(false)} />}
    </>
  );
}

function CloneGameDialog({ game, onClose }: { game: Game; onClose: () => void }) {
  const showSavedGame = useShowSavedGame();
  const initialValues: CloneValues = { scheduled_at: nextWeeklyStart(game.scheduled_at), carry_over_players: false };
  const { values, change, formErrors, submit, errorProps, isSaving } = useServerValidatedForm({
    initialValues,
    fields: cloneFields,
    save: (input: CloneValues) =>
      cloneGame(game.id, { scheduled_at: input.scheduled_at?.toISOString(), carry_over_players: input.carry_over_players }),
    onSaved: (clone) => {
      onClose();
      showSavedGame(clone);
    },
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="clone-game-title">
      <Stack component="form" noValidate onSubmit={submit} aria-label="Clone game">
        <DialogTitle id="clone-game-title">Clone “{game.title}”</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <FormErrors messages={formErrors} />
            <DateTimePicker
              label="New start time"
              value={values.scheduled_at}
              onChange={(scheduledAt) => change({ scheduled_at: scheduledAt })}
              slotProps={{
                textField: { id: 'clone-scheduled-at', required: true, ...errorProps('scheduled_at', `Your local time (${localTimeZone()}).`) },
              }}
            />
            <FormControlLabel
              control={
                <Checkbox
                  checked={values.carry_over_players}
                  onChange={(event) => change({ carry_over_players: event.target.checked })}
                />
              }
              label="Bring the players along (confirmed and waitlisted, in order)"
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="contained" disabled={isSaving}>
            Clone game
          </Button>
        </DialogActions>
      </Stack>
    </Dialog>
  );
}
