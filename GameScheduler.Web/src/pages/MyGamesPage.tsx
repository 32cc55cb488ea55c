import { Stack, Typography } from '@mui/material';
import { GameList } from '../components/GameList';

/** Games the user hosts and games the user joined, across all their servers. */
export function MyGamesPage() {
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        My games
      </Typography>
      <section aria-labelledby="hosting-heading">
        <Typography id="hosting-heading" variant="h5" component="h2" gutterBottom>
          Hosting
        </Typography>
        <GameList filters={{ role: 'host' }} emptyMessage="You are not hosting any games." />
      </section>
      <section aria-labelledby="joined-heading">
        <Typography id="joined-heading" variant="h5" component="h2" gutterBottom>
          Joined
        </Typography>
        <GameList filters={{ role: 'participant' }} emptyMessage="You have not joined any games." />
      </section>
    </Stack>
  );
}
