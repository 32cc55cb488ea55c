import { viewerFields, type GameState } from '../api/gameState';
import type { Game, GamePage } from '../api/types';

export function makeGame(overrides: Partial<Game> = {}): Game {
  return {
    id: 'game-1',
    guild_id: 'guild-a',
    channel_id: 'channel-1',
    template_id: null,
    title: 'Friday raid',
    description: '',
    scheduled_at: '2030-12-01T19:00:00Z',
    post_at: null,
    awaits_announcement: false,
    time_zone: 'Europe/Berlin',
    duration_minutes: 120,
    max_players: 4,
    where: 'Voice 1',
    signup_method: 'SELF_SIGNUP',
    reminder_minutes: [60],
    notify_role_ids: [],
    signup_instructions: '',
    allowed_player_role_ids: [],
    locked_fields: [],
    recurrence: null,
    series_id: null,
    carry_over_players: true,
    confirm_minutes_before: 1440,
    confirm_by: null,
    channel_deleted: false,
    status: 'SCHEDULED',
    host: { user_id: 'host-1', display_name: 'Hana' },
    discord_message_id: null,
    discord_message_url: null,
    participants: { confirmed: [], waitlisted: [] },
    confirmed_count: 2,
    waitlisted_count: 0,
    can_join: true,
    can_leave: false,
    can_edit: false,
    is_participant: false,
    is_waitlisted: false,
    created_at: '2030-11-01T10:00:00Z',
    updated_at: '2030-11-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

export const pageOf = (...items: Game[]): GamePage => ({ items, page: 1, page_size: 20, total: items.length });

/** The game's state as a live update carries it: without the viewer's own fields. */
export function stateOf(game: Game): GameState {
  const own: readonly string[] = viewerFields;
  return Object.fromEntries(Object.entries(game).filter(([field]) => !own.includes(field))) as GameState;
}
