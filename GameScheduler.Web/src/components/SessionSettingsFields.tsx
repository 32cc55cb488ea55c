import { Stack, TextField } from '@mui/material';
import type { LockableField, SignupMethod } from '../api/types';
import { ChannelField } from './ChannelField';
import { SignupMethodField } from './SignupMethodField';
import { SignupRulesFields, type SignupRules } from './SignupRulesFields';

/** The settings a game and a template share, as typed into the form. */
export interface SessionSettings extends SignupRules {
  channel_id: string;
  max_players: string;
  duration_minutes: string;
  where: string;
  signup_method: SignupMethod;
  reminder_minutes: string;
}

type SessionSettingsField = keyof SessionSettings;

interface SessionSettingsFieldsProps {
  /** Prefix of the inputs' ids: "game" gives "game-max-players". */
  idPrefix: string;
  guildId: string;
  values: SessionSettings;
  change: (changes: Partial<SessionSettings>) => void;
  fieldErrors: Partial<Record<SessionSettingsField, string>>;
  errorProps: (field: SessionSettingsField, hint?: string) => { error: boolean; helperText?: string };
  channelRequired?: boolean;
  /** Settings the template locked, which this user may not change. */
  lockedFields?: LockableField[];
}

const lockedHint = 'Locked by the template: only a bot manager can change it.';

/**
 * Where the game is announced, how many play and for how long, where, how players sign up, the reminders, and the
 * sign-up rules.
 */
export function SessionSettingsFields({
  idPrefix,
  guildId,
  values,
  change,
  fieldErrors,
  errorProps,
  channelRequired = false,
  lockedFields = [],
}: SessionSettingsFieldsProps) {
  const isLocked = (field: LockableField) => lockedFields.includes(field);
  return (
    <>
      <ChannelField
        id={`${idPrefix}-channel`}
        required={channelRequired}
        guildId={guildId}
        value={values.channel_id}
        onChange={(channelId) => change({ channel_id: channelId })}
        disabled={isLocked('channel_id')}
        error={fieldErrors.channel_id}
        hint={isLocked('channel_id') ? lockedHint : undefined}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          id={`${idPrefix}-max-players`}
          label="Max players"
          required
          type="number"
          value={values.max_players}
          onChange={(event) => change({ max_players: event.target.value })}
          {...errorProps('max_players')}
        />
        <TextField
          id={`${idPrefix}-duration`}
          label="Duration (minutes)"
          type="number"
          value={values.duration_minutes}
          onChange={(event) => change({ duration_minutes: event.target.value })}
          {...errorProps('duration_minutes')}
        />
      </Stack>
      <TextField
        id={`${idPrefix}-where`}
        label="Where"
        value={values.where}
        onChange={(event) => change({ where: event.target.value })}
        {...errorProps('where', 'A voice channel, a server address, a place.')}
      />
      <SignupMethodField
        id={`${idPrefix}-signup-method`}
        value={values.signup_method}
        onChange={(method) => change({ signup_method: method })}
        disabled={isLocked('signup_method')}
        error={fieldErrors.signup_method}
        hint={isLocked('signup_method') ? lockedHint : undefined}
      />
      <TextField
        id={`${idPrefix}-reminders`}
        label="Reminders (minutes before start)"
        value={values.reminder_minutes}
        onChange={(event) => change({ reminder_minutes: event.target.value })}
        {...errorProps('reminder_minutes', 'For example: 60, 15')}
      />
      <SignupRulesFields
        idPrefix={idPrefix}
        guildId={guildId}
        values={values}
        change={change}
        fieldErrors={fieldErrors}
        errorProps={errorProps}
      />
    </>
  );
}
