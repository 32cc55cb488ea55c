import { AppBar, Box, Button, Container, Link, Stack, Toolbar, Typography } from '@mui/material';
import { Link as RouterLink, Outlet } from 'react-router';
import { useGameUpdates } from '../hooks/useGameUpdates';
import { CalendarFeedButton } from './CalendarFeedButton';
import { LiveStatusIndicator } from './LiveStatusIndicator';
import { LogoutButton } from './LogoutButton';

/** The frame of every signed-in page; it also keeps the one live-update stream open for all of them. */
export function AppLayout() {
  const liveState = useGameUpdates();

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" color="default" elevation={1}>
        <Toolbar sx={{ flexWrap: 'wrap', gap: 1, py: 1 }}>
          <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
            <Link component={RouterLink} to="/" color="inherit" underline="none">
              GameScheduler
            </Link>
          </Typography>
          <Stack component="nav" aria-label="Main" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button component={RouterLink} to="/" color="inherit">
              Servers
            </Button>
            <Button component={RouterLink} to="/my-games" color="inherit">
              My games
            </Button>
            <CalendarFeedButton />
            <LiveStatusIndicator state={liveState} />
            <LogoutButton />
          </Stack>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </Box>
  );
}
