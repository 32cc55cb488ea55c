import { Chip } from '@mui/material';
import type { LiveState } from '../hooks/useGameUpdates';

/** Quiet while live updates flow; a visible warning while the stream is down and reconnecting. */
export function LiveStatusIndicator({ state }: { state: LiveState }) {
  const connected = state === 'connected';
  return (
    <Chip
      data-testid="live-status"
      data-state={state}
      role="status"
      size="small"
      color={connected ? 'success' : 'warning'}
      variant={connected ? 'outlined' : 'filled'}
      label={connected ? 'Live' : 'Reconnecting…'}
      title={connected ? 'Live updates are on' : 'Live updates are down; reconnecting'}
    />
  );
}
