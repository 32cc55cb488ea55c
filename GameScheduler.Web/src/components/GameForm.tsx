import { Button, Stack, TextField } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Game, GameInput, LockableField, Template } from '../api/types';
import { useGuild } from '../hooks/queries';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { localTimeZone } from '../lib/time';
import { FormErrors } from './FormErrors';
import { HostField } from './HostField';
import { applyTemplate, gameFormFields, toGameInput, type GameFormValues } from './gameFormValues';
import { SessionSettingsFields } from './SessionSettingsFields';
import { TemplateField } from './TemplateField';

interface GameFormProps {
  guildId: string;
  initialValues: GameFormValues;
  /** The zone the game is announced in; the picker itself always shows the viewer's local time. */
  timeZone: string;
  /** Offered on create: picking one fills in its settings. */
  templates?: Template[];
  /** On edit: the settings the game's template locked. On create they come from the chosen template. */
  lockedFields?: LockableField[];
  /** On create: bot managers may name another member as the host. */
  offerHost?: boolean;
  submitLabel: string;
  onSubmit: (input: GameInput) => Promise<Game>;
  onSaved: (game: Game) => void;
}

/** Create and edit form; the Api's validation messages appear beside the fields they are about. */
export function GameForm({
  guildId,
  initialValues,
  timeZone,
  templates,
  lockedFields,
  offerHost = false,
  submitLabel,
  onSubmit,
  onSaved,
}: GameFormProps) {
  const isBotManager = useGuild(guildId).data?.is_bot_manager === true;
  const { values, setValues, change, fieldErrors, formErrors, submit, errorProps, isSaving } = useServerValidatedForm({
    initialValues,
    fields: gameFormFields,
    save: (formValues: GameFormValues) => onSubmit(toGameInput(formValues, guildId, timeZone)),
    onSaved,
  });

  const templateLocks = templates?.find((template) => template.id === values.template_id)?.locked_fields;
  const locked = isBotManager ? [] : (lockedFields ?? templateLocks ?? []);

  const chooseTemplate = (templateId: string) => {
    const template = templates?.find((candidate) => candidate.id === templateId);
    setValues((current) => (template ? applyTemplate(current, template) : { ...current, template_id: '' }));
  };

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submit} aria-label="Game">
      <FormErrors messages={formErrors} />
      {templates && (
        <TemplateField
          templates={templates}
          value={values.template_id}
          onChange={chooseTemplate}
          {...errorProps('template_id', 'Fills in the settings below.')}
        />
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
      <DateTimePicker
        label="Post at"
        value={values.post_at}
        onChange={(postAt) => change({ post_at: postAt })}
        slotProps={{
          field: { clearable: true },
          textField: {
            id: 'game-post-at',
            ...errorProps('post_at', 'Optional: when the game is announced in Discord, before the start. Empty announces it now.'),
          },
        }}
      />
      {offerHost && isBotManager && (
        <HostField
          guildId={guildId}
          onChange={(userId) => change({ host_user_id: userId })}
          error={fieldErrors.host_user_id}
        />
      )}
      <SessionSettingsFields
        idPrefix="game"
        channelRequired
        guildId={guildId}
        values={values}
        change={change}
        fieldErrors={fieldErrors}
        errorProps={errorProps}
        lockedFields={locked}
      />
      <Button type="submit" variant="contained" disabled={isSaving} sx={{ alignSelf: 'flex-start' }}>
        {submitLabel}
      </Button>
    </Stack>
  );
}
