import { Button, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { GameList } from '../components/GameList';
import { useGuild } from '../hooks/queries';

export function BrowseGamesPage() {
  const { guildId = '' } = useParams();
  const guild = useGuild(guildId);
  const guildName = guild.data?.name ?? 'Server';

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
        <Typography variant="h4" component="h1">
          {guildName}: games
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {guild.data?.is_bot_manager && (
            <>
              <Button component={RouterLink} to={`/guilds/${guildId}/templates`}>
                Templates
              </Button>
              <Button component={RouterLink} to={`/guilds/${guildId}/bot-managers`}>
                Bot managers
              </Button>
            </>
          )}
          <Button variant="contained" component={RouterLink} to={`/guilds/${guildId}/games/new`}>
            New game
          </Button>
        </Stack>
      </Stack>
      {guild.isError && <Typography color="error">{guild.error.message}</Typography>}
      <GameList key={guildId} filters={{ guild_id: guildId }} emptyMessage="No games scheduled here yet." />
    </Stack>
  );
}
