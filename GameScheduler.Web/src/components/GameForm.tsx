import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Game, GameInput, Template } from '../api/types';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { localTimeZone } from '../lib/time';
import { ChannelField } from './ChannelField';
import { FormErrors } from './FormErrors';
import { applyTemplate, gameFormFields, toGameInput, type GameFormValues } from './gameFormValues';
import { SignupMethodField } from './SignupMethodField';

interface GameFormProps {
  guildId: string;
  initialValues: GameFormValues;
  /** The zone the game is announced in; the picker itself always shows the viewer's local time. */
  timeZone: string;
  /** Offered on create: picking one fills in its settings. */
  templates?: Template[];
  submitLabel: string;
  onSubmit: (input: GameInput) => Promise<Game>;
  onSaved: (game: Game) => void;
}

/** Create and edit form; the Api's validation messages appear beside the fields they are about. */
export function GameForm({ guildId, initialValues, timeZone, templates, submitLabel, onSubmit, onSaved }: GameFormProps) {
  const { values, setValues, change, fieldErrors, formErrors, submit, errorProps, isSaving } = useServerValidatedForm({
    initialValues,
    fields: gameFormFields,
    save: (formValues: GameFormValues) => onSubmit(toGameInput(formValues, guildId, timeZone)),
    onSaved,
  });

  const chooseTemplate = (templateId: string) => {
    const template = templates?.find((candidate) => candidate.id === templateId);
    setValues((current) => (template ? applyTemplate(current, template) : { ...current, template_id: '' }));
  };

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submit} aria-label="Game">
      <FormErrors messages={formErrors} />
      {templates && (
        <TextField
          id="game-template"
          select
          label="Template"
          value={values.template_id}
          onChange={(event) => chooseTemplate(event.target.value)}
          {...errorProps('template_id', 'Fills in the settings below.')}
        >
          <MenuItem value="">No template</MenuItem>
          {templates.map((template) => (
            <MenuItem key={template.id} value={template.id}>
              {template.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        id="game-title"
        label="Title"
        required
        value={values.title}
        onChange={(event) => change({ title: event.target.value })}
        {...errorProps('title')}
      />
      <TextField
        id="game-description"
        label="Description"
        multiline
        minRows={3}
        value={values.description}
        onChange={(event) => change({ description: event.target.value })}
        {...errorProps('description')}
      />
      <DateTimePicker
        label="Start time"
        value={values.scheduled_at}
        onChange={(scheduledAt) => change({ scheduled_at: scheduledAt })}
        slotProps={{
          textField: { id: 'game-scheduled-at', required: true, ...errorProps('scheduled_at', `Your local time (${localTimeZone()}).`) },
        }}
      />
      <ChannelField
        id="game-channel"
        required
        guildId={guildId}
        value={values.channel_id}
        onChange={(channelId) => change({ channel_id: channelId })}
        error={fieldErrors.channel_id}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          id="game-max-players"
          label="Max players"
          required
          type="number"
          value={values.max_players}
          onChange={(event) => change({ max_players: event.target.value })}
          {...errorProps('max_players')}
        />
        <TextField
          id="game-duration"
          label="Duration (minutes)"
          type="number"
          value={values.duration_minutes}
          onChange={(event) => change({ duration_minutes: event.target.value })}
          {...errorProps('duration_minutes')}
        />
      </Stack>
      <TextField
        id="game-where"
        label="Where"
        value={values.where}
        onChange={(event) => change({ where: event.target.value })}
        {...errorProps('where', 'A voice channel, a server address, a place.')}
      />
      <SignupMethodField
        id="game-signup-method"
        value={values.signup_method}
        onChange={(method) => change({ signup_method: method })}
        error={fieldErrors.signup_method}
      />
      <TextField
        id="game-reminders"
        label="Reminders (minutes before start)"
        value={values.reminder_minutes}
        onChange={(event) => change({ reminder_minutes: event.target.value })}
        {...errorProps('reminder_minutes', 'For example: 60, 15')}
      />
      <Button type="submit" variant="contained" disabled={isSaving} sx={{ alignSelf: 'flex-start' }}>
        {submitLabel}
      </Button>
    </Stack>
  );
}
