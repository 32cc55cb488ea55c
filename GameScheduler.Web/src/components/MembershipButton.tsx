import { Button } from '@mui/material';
import type { Game } from '../api/types';
import { useMembershipMutation } from '../hooks/useMembershipMutation';

/** "Join" or "Leave" as the Api allows (`can_join` / `can_leave`); nothing when neither is allowed. */
export function MembershipButton({ game }: { game: Game }) {
  const membership = useMembershipMutation();
  const action = game.can_leave ? 'leave' : game.can_join ? 'join' : undefined;
  if (!action) return null;

  return (
    <Button
      variant={action === 'join' ? 'contained' : 'outlined'}
      color={action === 'join' ? 'primary' : 'secondary'}
      disabled={membership.isPending}
      onClick={() => membership.mutate({ game, action })}
    >
      {action === 'join' ? 'Join' : 'Leave'}
    </Button>
  );
}
