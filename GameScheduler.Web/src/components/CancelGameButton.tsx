import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cancelGame } from '../api/games';
import { invalidateGame, removeGameFromLists } from '../api/gameCache';
import type { Game } from '../api/types';
import { useNotify } from '../hooks/useNotify';

/** Cancels the game after the host confirms; players are told by the bot. */
export function CancelGameButton({ game }: { game: Game }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const cancellation = useMutation({
    mutationFn: () => cancelGame(game.id),
    onSuccess: () => {
      removeGameFromLists(queryClient, game.id, game.guild_id);
      notify(`“${game.title}” was cancelled.`, 'success');
    },
    onError: (error) => notify(`Could not cancel “${game.title}”: ${error.message}`),
    onSettled: () => {
      setConfirming(false);
      return invalidateGame(queryClient, game.id, game.guild_id);
    },
  });

  return (
    <>
      <Button color="error" variant="outlined" onClick={() => setConfirming(true)}>
        Cancel game
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="cancel-game-title">
        <DialogTitle id="cancel-game-title">Cancel “{game.title}”?</DialogTitle>
        <DialogContent>
          <DialogContentText>Everyone who joined will be told. This cannot be undone.</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>Keep it</Button>
          <Button color="error" onClick={() => cancellation.mutate()} disabled={cancellation.isPending}>
            Cancel game
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
