import { Button, Stack, TextField } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Dayjs } from 'dayjs';
import { useState, type FormEvent } from 'react';
import type { Game, GameInput, LockableField, Template } from '../api/types';
import { useGuild } from '../hooks/queries';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { calendarDayIn } from '../lib/calendarDay';
import { localTimeZone } from '../lib/time';
import { ApplyToDialog } from './ApplyToDialog';
import { CarryOverFields } from './CarryOverFields';
import { FormErrors } from './FormErrors';
import { HostField } from './HostField';
import { applyTemplate, gameFormFields, toGameInput, type GameFormValues } from './gameFormValues';
import { RecurrenceFields } from './RecurrenceFields';
import { fitToStart } from './recurrenceFormValues';
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
  /**
   * On edit of a game that repeats or belongs to a series: saving asks whether the change is for this game only or
   * for the later games too; a changed rule always reaches them.
   */
  inSeries?: boolean;
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
  inSeries = false,
  submitLabel,
  onSubmit,
  onSaved,
}: GameFormProps) {
  const isBotManager = useGuild(guildId).data?.is_bot_manager === true;
  const [askingApplyTo, setAskingApplyTo] = useState(false);
  const { values, setValues, change, fieldErrors, formErrors, submit, errorProps, isSaving } = useServerValidatedForm({
    initialValues,
    fields: gameFormFields,
    save: (formValues: GameFormValues) => {
      const input = toGameInput(formValues, guildId, timeZone);
      if (!inSeries) return onSubmit(input);
      return onSubmit({ ...input, apply_to: formValues.recurrence.touched ? 'this_and_later' : formValues.apply_to });
    },
    onSaved,
  });

  const dayOf = (instant: Dayjs | null) => (instant?.isValid() ? calendarDayIn(instant.toDate(), timeZone) : null);
  const start = dayOf(values.scheduled_at);
  const repeats = values.recurrence.repeats !== 'none';

  const changeStart = (scheduledAt: Dayjs | null) => {
    const recurrence = fitToStart(values.recurrence, dayOf(scheduledAt));
    change(recurrence === values.recurrence ? { scheduled_at: scheduledAt } : { scheduled_at: scheduledAt, recurrence });
  };

  const submitOrAskApplyTo = (event: FormEvent) => {
    if (inSeries && !values.recurrence.touched) {
      event.preventDefault();
      setAskingApplyTo(true);
    } else {
      submit(event);
    }
  };

  const saveWithApplyTo = () => {
    setAskingApplyTo(false);
    submit();
  };

  const templateLocks = templates?.find((template) => template.id === values.template_id)?.locked_fields;
  const locked = isBotManager ? [] : (lockedFields ?? templateLocks ?? []);

  const chooseTemplate = (templateId: string) => {
    const template = templates?.find((candidate) => candidate.id === templateId);
    setValues((current) => (template ? applyTemplate(current, template) : { ...current, template_id: '' }));
  };

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submitOrAskApplyTo} aria-label="Game">
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
        onChange={changeStart}
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
      <RecurrenceFields
        idPrefix="game"
        value={values.recurrence}
        start={start}
        onChange={(recurrence) => change({ recurrence })}
        error={fieldErrors.recurrence}
        hint="The next game is created when this one starts."
      />
      {repeats && (
        <CarryOverFields
          carryOver={values.carry_over_players}
          confirmHoursBefore={values.confirm_hours_before}
          onChange={change}
        />
      )}
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
      <ApplyToDialog
        open={askingApplyTo}
        value={values.apply_to}
        onChange={(applyTo) => change({ apply_to: applyTo })}
        onCancel={() => setAskingApplyTo(false)}
        onSave={saveWithApplyTo}
      />
    </Stack>
  );
}
