import { Button, FormControlLabel, Stack, Switch, TextField } from '@mui/material';
import type { Template, TemplateInput } from '../api/types';
import { useServerValidatedForm } from '../hooks/useServerValidatedForm';
import { ChannelField } from './ChannelField';
import { FormErrors } from './FormErrors';
import { RolesField } from './RolesField';
import { SignupMethodField } from './SignupMethodField';
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
      <ChannelField
        id="template-channel"
        guildId={guildId}
        value={values.channel_id}
        onChange={(channelId) => change({ channel_id: channelId })}
        error={fieldErrors.channel_id}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          id="template-max-players"
          label="Max players"
          required
          type="number"
          value={values.max_players}
          onChange={(event) => change({ max_players: event.target.value })}
          {...errorProps('max_players')}
        />
        <TextField
          id="template-duration"
          label="Duration (minutes)"
          type="number"
          value={values.duration_minutes}
          onChange={(event) => change({ duration_minutes: event.target.value })}
          {...errorProps('duration_minutes')}
        />
      </Stack>
      <TextField
        id="template-where"
        label="Where"
        value={values.where}
        onChange={(event) => change({ where: event.target.value })}
        {...errorProps('where')}
      />
      <SignupMethodField
        id="template-signup-method"
        value={values.signup_method}
        onChange={(method) => change({ signup_method: method })}
        error={fieldErrors.signup_method}
      />
      <TextField
        id="template-reminders"
        label="Reminders (minutes before start)"
        value={values.reminder_minutes}
        onChange={(event) => change({ reminder_minutes: event.target.value })}
        {...errorProps('reminder_minutes', 'For example: 60, 15')}
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
      {values.signup_method === 'ROLE_BASED' && (
        <RolesField
          id="template-player-roles"
          label="Roles that may sign up"
          guildId={guildId}
          value={values.allowed_player_role_ids}
          onChange={(roleIds) => change({ allowed_player_role_ids: roleIds })}
          error={fieldErrors.allowed_player_role_ids}
        />
      )}
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
