import { List, ListItem, ListItemText, Typography } from '@mui/material';
import type { Participant } from '../api/types';

interface PlayerListProps {
  title: string;
  players: Participant[];
  emptyMessage: string;
}

export function PlayerList({ title, players, emptyMessage }: PlayerListProps) {
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
            <ListItem key={player.id} disableGutters data-participant-id={player.id}>
              <ListItemText primary={`${index + 1}. ${player.display_name}`} />
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
