import { Button, IconButton, Stack } from '@mui/material';
import { moveBy, moveToConfirmed, moveToWaitlist } from '../api/rosterMoves';
import { rosterOrder, type RosterChange } from '../api/rosterPrediction';
import type { Game, Participant } from '../api/types';

interface ParticipantActionsProps {
  game: Game;
  player: Participant;
  disabled: boolean;
  onChange: (change: RosterChange) => void;
}

/** The host's controls for one player: move up or down, to or from the waitlist, remove. */
export function ParticipantActions({ game, player, disabled, onChange }: ParticipantActionsProps) {
  const ids = rosterOrder(game).map((participant) => participant.id);
  const index = ids.indexOf(player.id);
  const isConfirmed = index < game.participants.confirmed.length;
  const name = player.display_name;
  const reorder = (participantIds: string[]) => onChange({ kind: 'reorder', participantIds });

  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <IconButton
        size="small"
        aria-label={`Move ${name} up`}
        disabled={disabled || index === 0}
        onClick={() => reorder(moveBy(ids, player.id, -1))}
      >
        <span aria-hidden>↑</span>
      </IconButton>
      <IconButton
        size="small"
        aria-label={`Move ${name} down`}
        disabled={disabled || index === ids.length - 1}
        onClick={() => reorder(moveBy(ids, player.id, 1))}
      >
        <span aria-hidden>↓</span>
      </IconButton>
      {isConfirmed ? (
        <Button
          size="small"
          aria-label={`Move ${name} to the waitlist`}
          // With a seat free for everyone, the Api would confirm the player again.
          disabled={disabled || ids.length <= game.max_players}
          onClick={() => reorder(moveToWaitlist(ids, player.id, game.max_players))}
        >
          To waitlist
        </Button>
      ) : (
        <Button
          size="small"
          aria-label={`Move ${name} to confirmed`}
          disabled={disabled}
          onClick={() => reorder(moveToConfirmed(ids, player.id, game.participants.confirmed.length, game.max_players))}
        >
          Confirm
        </Button>
      )}
      <Button
        size="small"
        color="error"
        aria-label={`Remove ${name}`}
        disabled={disabled}
        onClick={() => onChange({ kind: 'remove', participantId: player.id })}
      >
        Remove
      </Button>
    </Stack>
  );
}
