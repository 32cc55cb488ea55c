import { MenuItem, Stack, TextField } from '@mui/material';
import type { AfterGame } from '../api/types';
import { ChannelField } from './ChannelField';

const labels: Record<AfterGame, string> = {
  keep: 'Keep the announcement',
  delete: 'Delete the announcement',
  archive: 'Move to archive channel',
};

interface AfterGameFieldsProps {
  guildId: string;
  afterGame: AfterGame;
  delayHours: string;
  archiveChannelId: string;
  onChange: (changes: { after_game?: AfterGame; after_game_delay_hours?: string; archive_channel_id?: string }) => void;
  afterGameError?: string;
  archiveChannelError?: string;
}

/** What becomes of a game's Discord announcement once the game is completed or cancelled, and how long after. */
export function AfterGameFields({
  guildId,
  afterGame,
  delayHours,
  archiveChannelId,
  onChange,
  afterGameError,
  archiveChannelError,
}: AfterGameFieldsProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        id="template-after-game"
        select
        label="After the game"
        value={afterGame}
        onChange={(event) => onChange({ after_game: event.target.value as AfterGame })}
        error={afterGameError !== undefined}
        helperText={afterGameError}
        sx={{ minWidth: 240 }}
      >
        {(Object.keys(labels) as AfterGame[]).map((choice) => (
          <MenuItem key={choice} value={choice}>
            {labels[choice]}
          </MenuItem>
        ))}
      </TextField>
      {afterGame !== 'keep' && (
        <TextField
          id="template-after-game-delay"
          label="Delay (hours)"
          type="number"
          value={delayHours}
          onChange={(event) => onChange({ after_game_delay_hours: event.target.value })}
          helperText="After the game ends or is cancelled."
        />
      )}
      {afterGame === 'archive' && (
        <ChannelField
          id="template-archive-channel"
          label="Archive channel"
          guildId={guildId}
          value={archiveChannelId}
          onChange={(channelId) => onChange({ archive_channel_id: channelId })}
          required
          error={archiveChannelError}
        />
      )}
    </Stack>
  );
}
