import { MenuItem, TextField } from '@mui/material';
import { useChannels } from '../hooks/queries';

interface ChannelFieldProps {
  id: string;
  label?: string;
  guildId: string;
  value: string;
  onChange: (channelId: string) => void;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  hint?: string;
}

/** The guild's text channels, where the bot posts the announcement (or, labelled otherwise, another of its messages). */
export function ChannelField({ id, label = 'Channel', guildId, value, onChange, required = false, disabled = false, error, hint }: ChannelFieldProps) {
  const channels = useChannels(guildId);
  const loadError = channels.isError ? `Channels could not be loaded: ${channels.error.message}` : undefined;

  return (
    <TextField
      id={id}
      select
      label={label}
      required={required}
      value={channels.data ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled || !channels.data}
      error={error !== undefined || loadError !== undefined}
      helperText={error ?? loadError ?? hint}
    >
      {(channels.data ?? []).map((channel) => (
        <MenuItem key={channel.id} value={channel.id}>
          #{channel.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
