import { Button, Container, Paper, Stack, Typography } from '@mui/material';
import { useLocation } from 'react-router';
import { loginUrl } from '../api/auth';

/** Shown in place of any page while signed out; signing in comes back to that same page. */
export function LoginPage() {
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;

  return (
    <Container component="main" maxWidth="sm" sx={{ py: 8 }}>
      <Paper sx={{ p: 4 }}>
        <Stack spacing={3} sx={{ alignItems: 'center', textAlign: 'center' }}>
          <Typography variant="h4" component="h1">
            GameScheduler
          </Typography>
          <Typography color="text.secondary">
            Schedule game sessions for your Discord servers, and join them from here or from Discord.
          </Typography>
          <Button variant="contained" size="large" href={loginUrl(returnTo)}>
            Log in with Discord
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
