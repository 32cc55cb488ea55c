import { List, ListItem, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Participant } from '../api/types';

interface PlayerListProps {
  title: string;
  players: Participant[];
  emptyMessage: string;
  /** Controls shown beside each player, for a host editing the roster. */
  renderActions?: (player: Participant) => ReactNode;
}

export function PlayerList({ title, players, emptyMessage, renderActions }: PlayerListProps) {
  const headingId = `players-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} variant="h6" component="h2">
        {title}
      </Typography>
      {players.length === 0 ? (
        <Typography color="text.secondary">{emptyMessage}</Typography>
      ) : (
        <List dense component="ol" aria-labelledby={headingId}>
          {players.map((player, index) => (
            <ListItem
              key={player.id}
              disableGutters
              data-participant-id={player.id}
              sx={{ flexWrap: 'wrap', columnGap: 1 }}
            >
              <ListItemText
                primary={`${index + 1}. ${player.display_name}${player.awaiting_confirmation ? ' (not confirmed yet)' : ''}`}
              />
              {renderActions?.(player)}
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
