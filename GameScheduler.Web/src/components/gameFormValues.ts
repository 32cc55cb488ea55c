import dayjs, { type Dayjs } from 'dayjs';
import type { ApplyTo, Game, GameInput, SignupMethod, Template } from '../api/types';
import { numberListText, optionalNumber, parseNumberList } from '../lib/formText';
import { noRecurrence, recurrenceFormValues, toRecurrence, type RecurrenceFormValues } from './recurrenceFormValues';

export const gameFormFields = [
  'template_id',
  'channel_id',
  'title',
  'description',
  'scheduled_at',
  'post_at',
  'duration_minutes',
  'max_players',
  'where',
  'signup_method',
  'reminder_minutes',
  'allowed_player_role_ids',
  'notify_role_ids',
  'signup_instructions',
  'host_user_id',
  'recurrence',
] as const;

export type GameFormField = (typeof gameFormFields)[number];

/** What the inputs hold: text as typed, so the Api (not the form) decides what is valid. */
export interface GameFormValues {
  template_id: string;
  channel_id: string;
  title: string;
  description: string;
  scheduled_at: Dayjs | null;
  /** When to announce in Discord; null to announce at once. */
  post_at: Dayjs | null;
  duration_minutes: string;
  max_players: string;
  where: string;
  signup_method: SignupMethod;
  reminder_minutes: string;
  allowed_player_role_ids: string[];
  notify_role_ids: string[];
  signup_instructions: string;
  /** Create only: "" when the user hosts the game themselves. */
  host_user_id: string;
  recurrence: RecurrenceFormValues;
  carry_over_players: boolean;
  /** How long before the next game carried-over players must confirm, in hours as typed. */
  confirm_hours_before: string;
  /** Edit of a game in a series only. */
  apply_to: ApplyTo;
}

export const emptyGameForm: GameFormValues = {
  template_id: '',
  channel_id: '',
  title: '',
  description: '',
  scheduled_at: null,
  post_at: null,
  duration_minutes: '',
  max_players: '',
  where: '',
  signup_method: 'SELF_SIGNUP',
  reminder_minutes: '',
  allowed_player_role_ids: [],
  notify_role_ids: [],
  signup_instructions: '',
  host_user_id: '',
  recurrence: noRecurrence,
  carry_over_players: true,
  confirm_hours_before: '24',
  apply_to: 'this_and_later',
};

export function formValuesFromGame(game: Game): GameFormValues {
  return {
    template_id: game.template_id ?? '',
    channel_id: game.channel_id,
    title: game.title,
    description: game.description,
    scheduled_at: dayjs(game.scheduled_at),
    post_at: game.post_at ? dayjs(game.post_at) : null,
    duration_minutes: String(game.duration_minutes),
    max_players: String(game.max_players),
    where: game.where,
    signup_method: game.signup_method,
    reminder_minutes: numberListText(game.reminder_minutes),
    allowed_player_role_ids: game.allowed_player_role_ids,
    notify_role_ids: game.notify_role_ids,
    signup_instructions: game.signup_instructions,
    host_user_id: '',
    recurrence: recurrenceFormValues(game.recurrence),
    carry_over_players: game.carry_over_players,
    confirm_hours_before: String(game.confirm_minutes_before / 60),
    apply_to: 'this_and_later',
  };
}

/** Takes the template's settings; what the host wrote (title, description, time) stays. */
export function applyTemplate(values: GameFormValues, template: Template): GameFormValues {
  return {
    ...values,
    template_id: template.id,
    channel_id: template.channel_id ?? values.channel_id,
    duration_minutes: String(template.duration_minutes),
    max_players: String(template.max_players),
    where: template.where,
    signup_method: template.signup_method,
    reminder_minutes: numberListText(template.reminder_minutes),
    allowed_player_role_ids: template.allowed_player_role_ids,
    notify_role_ids: template.notify_role_ids,
    signup_instructions: template.signup_instructions,
    recurrence: recurrenceFormValues(template.recurrence),
  };
}

const minutesOfHours = (hours: string): number | undefined => {
  const number = optionalNumber(hours);
  return number === undefined ? undefined : Math.round(number * 60);
};

/**
 * The request body; the times go out in UTC whatever zone the picker showed. The rule goes only once the user changed
 * it: a new game otherwise takes its template's default, an edited one keeps its series.
 */
export function toGameInput(values: GameFormValues, guildId: string, timeZone: string): GameInput {
  return {
    guild_id: guildId,
    channel_id: values.channel_id,
    template_id: values.template_id || null,
    title: values.title,
    description: values.description,
    scheduled_at: values.scheduled_at?.isValid() ? values.scheduled_at.toISOString() : '',
    post_at: values.post_at?.isValid() ? values.post_at.toISOString() : null,
    time_zone: timeZone,
    duration_minutes: optionalNumber(values.duration_minutes),
    max_players: Number(values.max_players),
    where: values.where,
    signup_method: values.signup_method,
    reminder_minutes: parseNumberList(values.reminder_minutes),
    allowed_player_role_ids: values.allowed_player_role_ids,
    notify_role_ids: values.notify_role_ids,
    signup_instructions: values.signup_instructions,
    host_user_id: values.host_user_id || undefined,
    recurrence: values.recurrence.touched ? toRecurrence(values.recurrence) : undefined,
    carry_over_players: values.carry_over_players,
    confirm_minutes_before: minutesOfHours(values.confirm_hours_before),
  };
}
