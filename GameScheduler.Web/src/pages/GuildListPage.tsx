import { Avatar, List, ListItemAvatar, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { QueryView } from '../components/QueryView';
import { useGuilds } from '../hooks/queries';

export function GuildListPage() {
  const guilds = useGuilds();

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Your servers
      </Typography>
      <QueryView
        query={guilds}
        loadingLabel="Loading servers"
        isEmpty={(data) => data.length === 0}
        empty="You share no server with the bot yet. Invite it to a server, then come back."
      >
        {(data) => (
          <Paper variant="outlined">
            <List aria-label="Servers">
              {data.map((guild) => (
                <ListItemButton key={guild.id} component={RouterLink} to={`/guilds/${guild.id}/games`} data-guild-id={guild.id}>
                  <ListItemAvatar>
                    <Avatar src={guild.icon_url ?? undefined} alt="">
                      {guild.name.charAt(0)}
                    </Avatar>
                  </ListItemAvatar>
                  <ListItemText primary={guild.name} secondary={guild.is_bot_manager ? 'Bot manager' : undefined} />
                </ListItemButton>
              ))}
            </List>
          </Paper>
        )}
      </QueryView>
    </>
  );
}
