import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import type { Game, Participant } from '../api/types';
import { PlayerList } from './PlayerList';

interface RosterColumnsProps {
  game: Game;
  renderActions?: (player: Participant) => ReactNode;
}

/** The confirmed players beside the waitlist. */
export function RosterColumns({ game, renderActions }: RosterColumnsProps) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <PlayerList
        title="Confirmed"
        players={game.participants.confirmed}
        emptyMessage="Nobody has joined yet."
        renderActions={renderActions}
      />
      <PlayerList
        title="Waitlist"
        players={game.participants.waitlisted}
        emptyMessage="Nobody is waiting."
        renderActions={renderActions}
      />
    </Box>
  );
}
