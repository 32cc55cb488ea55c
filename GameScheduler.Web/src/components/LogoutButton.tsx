import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../api/auth';
import { useNotify } from '../hooks/useNotify';

export function LogoutButton() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const logoutMutation = useMutation({
    mutationFn: logout,
    // Dropping every cached answer leaves nothing of this user's data behind; the sign-in gate then
    // asks for the user again and gets a 401.
    onSuccess: () => queryClient.resetQueries(),
    onError: (error) => notify(`Could not log out: ${error.message}`),
  });

  return (
    <Button color="inherit" onClick={() => logoutMutation.mutate()} disabled={logoutMutation.isPending}>
      Log out
    </Button>
  );
}
