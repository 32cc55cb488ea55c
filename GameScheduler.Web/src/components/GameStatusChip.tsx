import { Chip } from '@mui/material';
import type { GameStatus } from '../api/types';

const labels: Record<GameStatus, string> = {
  SCHEDULED: 'Scheduled',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

const colors = { SCHEDULED: 'primary', IN_PROGRESS: 'success', COMPLETED: 'default', CANCELLED: 'error' } as const;

export function GameStatusChip({ status }: { status: GameStatus }) {
  return <Chip size="small" label={labels[status]} color={colors[status]} data-testid="game-status" data-status={status} />;
}
