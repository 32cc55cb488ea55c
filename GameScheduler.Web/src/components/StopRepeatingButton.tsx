import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidateGame, putGame } from '../api/gameCache';
import { updateGame } from '../api/games';
import type { Game } from '../api/types';
import { useNotify } from '../hooks/useNotify';

/** Ends the series after the host confirms: no further game is created. */
export function StopRepeatingButton({ game }: { game: Game }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const stop = useMutation({
    mutationFn: () => updateGame(game.id, { recurrence: null, apply_to: 'this_and_later' }),
    onSuccess: (saved) => {
      putGame(queryClient, saved);
      notify(`“${game.title}” no longer repeats.`, 'success');
    },
    onError: (error) => notify(`Could not stop “${game.title}” repeating: ${error.message}`),
    onSettled: () => {
      setConfirming(false);
      return invalidateGame(queryClient, game.id, game.guild_id);
    },
  });

  return (
    <>
      <Button onClick={() => setConfirming(true)}>Stop repeating</Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="stop-repeating-title">
        <DialogTitle id="stop-repeating-title">Stop repeating “{game.title}”?</DialogTitle>
        <DialogContent>
          <DialogContentText>No further game of this series will be created. This game and the ones already created stay.</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Keep repeating</Button>
          <Button color="error" onClick={() => stop.mutate()} disabled={stop.isPending}>
            Stop repeating
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
