import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { invalidateGame, putGame } from '../api/gameCache';
import type { Game } from '../api/types';

/** After a create or edit: cache the Api's answer, refresh the lists it belongs in, open its page. */
export function useShowSavedGame(): (game: Game) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (game: Game) => {
      putGame(queryClient, game);
      void invalidateGame(queryClient, game.id, game.guild_id);
      void navigate(`/games/${game.id}`);
    },
    [queryClient, navigate],
  );
}
