import { Button, FormControlLabel, Stack, Switch, TextField } from '@mui/material';
import type { Template, TemplateInput } from '../api/types';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { AfterGameFields } from './AfterGameFields';
import { FormErrors } from './FormErrors';
import { LockedFieldsField } from './LockedFieldsField';
import { RecurrenceFields } from './RecurrenceFields';
import { RolesField } from './RolesField';
import { SessionSettingsFields } from './SessionSettingsFields';
import { templateFormFields, toTemplateInput, type TemplateFormValues } from './templateFormValues';

interface TemplateFormProps {
  guildId: string;
  initialValues: TemplateFormValues;
  onSubmit: (input: TemplateInput) => Promise<Template>;
  onSaved: (template: Template) => void;
  onCancel: () => void;
}

export function TemplateForm({ guildId, initialValues, onSubmit, onSaved, onCancel }: TemplateFormProps) {
  const { values, change, fieldErrors, formErrors, submit, errorProps, isSaving } = useServerValidatedForm({
    initialValues,
    fields: templateFormFields,
    save: (formValues: TemplateFormValues) => onSubmit(toTemplateInput(formValues)),
    onSaved,
  });

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={submit} aria-label="Template" sx={{ pt: 1 }}>
      <FormErrors messages={formErrors} />
      <TextField
        id="template-name"
        label="Name"
        required
        value={values.name}
        onChange={(event) => change({ name: event.target.value })}
        {...errorProps('name')}
      />
      <SessionSettingsFields
        idPrefix="template"
        guildId={guildId}
        values={values}
        change={change}
        fieldErrors={fieldErrors}
        errorProps={errorProps}
      />
      <RolesField
        id="template-host-roles"
        label="Roles allowed to host"
        guildId={guildId}
        value={values.allowed_host_role_ids}
        onChange={(roleIds) => change({ allowed_host_role_ids: roleIds })}
        error={fieldErrors.allowed_host_role_ids}
        hint="Leave empty to let every member host with this template."
      />
      <LockedFieldsField
        value={values.locked_fields}
        onChange={(fields) => change({ locked_fields: fields })}
        error={fieldErrors.locked_fields}
      />
      <RecurrenceFields
        idPrefix="template"
        value={values.recurrence}
        start={null}
        onChange={(recurrence) => change({ recurrence })}
        error={fieldErrors.recurrence}
        hint="The default for games made from this template; each game's start names the weekday."
      />
      <AfterGameFields
        guildId={guildId}
        afterGame={values.after_game}
        delayHours={values.after_game_delay_hours}
        archiveChannelId={values.archive_channel_id}
        onChange={change}
        afterGameError={fieldErrors.after_game}
        archiveChannelError={fieldErrors.archive_channel_id}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          id="template-order"
          label="Order"
          type="number"
          value={values.order}
          onChange={(event) => change({ order: event.target.value })}
          {...errorProps('order', 'Lower comes first.')}
        />
        <FormControlLabel
          control={<Switch checked={values.is_default} onChange={(event) => change({ is_default: event.target.checked })} />}
          label="Default template"
        />
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={isSaving}>
          Save template
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Stack>
    </Stack>
  );
}
