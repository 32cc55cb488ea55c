import type { AfterGame, LockableField, SignupMethod, Template, TemplateInput } from '../api/types';
import { numberListText, optionalNumber, parseNumberList } from '../lib/formText';
import { noRecurrence, recurrenceFormValues, toRecurrence, type RecurrenceFormValues } from './recurrenceFormValues';

export const templateFormFields = [
  'name',
  'channel_id',
  'max_players',
  'duration_minutes',
  'reminder_minutes',
  'where',
  'signup_method',
  'allowed_host_role_ids',
  'allowed_player_role_ids',
  'notify_role_ids',
  'signup_instructions',
  'locked_fields',
  'after_game',
  'archive_channel_id',
  'recurrence',
  'is_default',
  'order',
] as const;

export type TemplateFormField = (typeof templateFormFields)[number];

export interface TemplateFormValues {
  name: string;
  channel_id: string;
  max_players: string;
  duration_minutes: string;
  reminder_minutes: string;
  where: string;
  signup_method: SignupMethod;
  allowed_host_role_ids: string[];
  allowed_player_role_ids: string[];
  notify_role_ids: string[];
  signup_instructions: string;
  locked_fields: LockableField[];
  after_game: AfterGame;
  /** The delay after the game in hours, as typed. */
  after_game_delay_hours: string;
  archive_channel_id: string;
  /** The default rule of games made from the template. */
  recurrence: RecurrenceFormValues;
  is_default: boolean;
  order: string;
}

export const emptyTemplateForm: TemplateFormValues = {
  name: '',
  channel_id: '',
  max_players: '',
  duration_minutes: '',
  reminder_minutes: '',
  where: '',
  signup_method: 'SELF_SIGNUP',
  allowed_host_role_ids: [],
  allowed_player_role_ids: [],
  notify_role_ids: [],
  signup_instructions: '',
  locked_fields: [],
  after_game: 'keep',
  after_game_delay_hours: '24',
  archive_channel_id: '',
  recurrence: noRecurrence,
  is_default: false,
  order: '0',
};

export function formValuesFromTemplate(template: Template): TemplateFormValues {
  return {
    name: template.name,
    channel_id: template.channel_id ?? '',
    max_players: String(template.max_players),
    duration_minutes: String(template.duration_minutes),
    reminder_minutes: numberListText(template.reminder_minutes),
    where: template.where,
    signup_method: template.signup_method,
    allowed_host_role_ids: template.allowed_host_role_ids,
    allowed_player_role_ids: template.allowed_player_role_ids,
    notify_role_ids: template.notify_role_ids,
    signup_instructions: template.signup_instructions,
    locked_fields: template.locked_fields,
    after_game: template.after_game,
    after_game_delay_hours: String(template.after_game_delay_minutes / 60),
    archive_channel_id: template.archive_channel_id ?? '',
    recurrence: recurrenceFormValues(template.recurrence),
    is_default: template.is_default,
    order: String(template.order),
  };
}

export function toTemplateInput(values: TemplateFormValues): TemplateInput {
  return {
    name: values.name,
    channel_id: values.channel_id || null,
    max_players: Number(values.max_players),
    duration_minutes: Number(values.duration_minutes),
    reminder_minutes: parseNumberList(values.reminder_minutes),
    where: values.where,
    signup_method: values.signup_method,
    allowed_host_role_ids: values.allowed_host_role_ids,
    allowed_player_role_ids: values.allowed_player_role_ids,
    notify_role_ids: values.notify_role_ids,
    signup_instructions: values.signup_instructions,
    locked_fields: values.locked_fields,
    after_game: values.after_game,
    after_game_delay_minutes: Math.round(Number(values.after_game_delay_hours) * 60),
    archive_channel_id: values.archive_channel_id || null,
    recurrence: toRecurrence(values.recurrence),
    is_default: values.is_default,
    order: optionalNumber(values.order) ?? 0,
  };
}
