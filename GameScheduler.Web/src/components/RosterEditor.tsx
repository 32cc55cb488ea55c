import { Box, Stack } from '@mui/material';
import { isPendingParticipant, rosterOrder, type RosterChange } from '../api/rosterPrediction';
import type { Game } from '../api/types';
import { useRosterMutation } from '../hooks/useRosterMutation';
import { AddPlaceholderForm } from './AddPlaceholderForm';
import { MemberPicker } from './MemberPicker';
import { ParticipantActions } from './ParticipantActions';
import { RosterColumns } from './RosterColumns';

/** The roster as its host edits it: add members or placeholders, remove players, change their order. */
export function RosterEditor({ game }: { game: Game }) {
  const roster = useRosterMutation();
  const edit = (change: RosterChange) => roster.mutate({ game, change });
  // A move sends the whole order, so it waits for the change before it and for a new player's id.
  const movesLocked = roster.isPending || rosterOrder(game).some(isPendingParticipant);

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <MemberPicker
          id="roster-add-member"
          label="Add a member"
          guildId={game.guild_id}
          value={null}
          onChange={(member) => member && edit({ kind: 'add', userId: member.user_id, displayName: member.display_name })}
          clearOnPick
          hint="Type part of their name, then pick them."
        />
        <AddPlaceholderForm onAdd={(displayName) => edit({ kind: 'add', userId: null, displayName })} />
      </Box>
      <RosterColumns
        game={game}
        renderActions={(player) => <ParticipantActions game={game} player={player} disabled={movesLocked} onChange={edit} />}
      />
    </Stack>
  );
}
