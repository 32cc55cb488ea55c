// Payload shapes of the Api's REST contract (/api/v1, JSON snake_case).

export type SignupMethod = 'SELF_SIGNUP' | 'HOST_SELECTED' | 'HOST_SELECTED_WITH_WAITLIST' | 'ROLE_BASED';
export type GameStatus = 'SCHEDULED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
export type PositionType = 'HOST_ADDED' | 'ROLE_MATCHED' | 'SELF_ADDED';
/** Settings a template can lock: only bot managers may change them on a game made from it. */
export type LockableField = 'channel_id' | 'signup_method';

export interface Participant {
  id: string;
  user_id: string | null;
  display_name: string;
  position_type: PositionType;
  position: number;
  joined_at: string;
  /** Carried over from the series' previous game and has not pressed "Still in" yet. */
  awaiting_confirmation: boolean;
}

export type RecurrenceFrequency = 'weekly' | 'monthly';

/** How a game repeats; each next game keeps the start's wall-clock time in the game's time zone. */
export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** Every `interval` weeks or months, 1..52. */
  interval: number;
  /** Monthly only: the k-th (1..5, -1 = last) weekday of the month, that weekday being the start's; null for the start's day of month. */
  by_weekday_of_month: number | null;
  /** No game starts after it. */
  until: string | null;
  /** The number of games in the whole series, the first one included. */
  count: number | null;
}

/** Which games of a series an edit changes. */
export type ApplyTo = 'this_game' | 'this_and_later';

export interface Game {
  id: string;
  guild_id: string;
  channel_id: string;
  template_id: string | null;
  title: string;
  description: string;
  scheduled_at: string;
  /** When the bot announces the game in Discord; null when it was announced at creation. */
  post_at: string | null;
  /** Its post time lies ahead: the game is not announced in Discord yet. */
  awaits_announcement: boolean;
  time_zone: string | null;
  duration_minutes: number;
  max_players: number;
  where: string;
  signup_method: SignupMethod;
  reminder_minutes: number[];
  /** Roles mentioned when the game is announced. */
  notify_role_ids: string[];
  /** Shown on the game page and in the join DM; "" when none. */
  signup_instructions: string;
  /** Who may join by themselves, whatever the sign-up method; empty means every member. */
  allowed_player_role_ids: string[];
  locked_fields: LockableField[];
  recurrence: Recurrence | null;
  /** The same for every game of one series (the first game's id); null for a game on its own. */
  series_id: string | null;
  /** The next game of the series starts with this one's confirmed players. */
  carry_over_players: boolean;
  /** How long before the next game's start carried-over players must confirm, or be dropped. */
  confirm_minutes_before: number;
  /** On a game with carried-over players: the deadline for them to confirm. */
  confirm_by: string | null;
  /** The game's channel was deleted on Discord. */
  channel_deleted: boolean;
  status: GameStatus;
  host: { user_id: string; display_name: string };
  discord_message_id: string | null;
  discord_message_url: string | null;
  participants: { confirmed: Participant[]; waitlisted: Participant[] };
  confirmed_count: number;
  waitlisted_count: number;
  can_join: boolean;
  can_leave: boolean;
  can_edit: boolean;
  is_participant: boolean;
  is_waitlisted: boolean;
  created_at: string;
  updated_at: string;
  /** Grows with every change of the game (settings, status or roster): of two copies, the higher is the newer. */
  version: number;
}

export interface GamePage {
  items: Game[];
  page: number;
  page_size: number;
  total: number;
}

export type GameRole = 'host' | 'participant';

export interface GameListFilters {
  guild_id?: string;
  role?: GameRole;
  status?: GameStatus;
  page: number;
  page_size: number;
}

export interface GameInput {
  guild_id: string;
  channel_id: string;
  title: string;
  scheduled_at: string;
  /** null announces at once on create and keeps the post time on edit. */
  post_at?: string | null;
  max_players: number;
  description?: string;
  time_zone?: string;
  duration_minutes?: number;
  where?: string;
  signup_method?: SignupMethod;
  reminder_minutes?: number[];
  template_id?: string | null;
  notify_role_ids?: string[];
  signup_instructions?: string;
  allowed_player_role_ids?: string[];
  /** Create only, bot managers only: someone else hosts the game. */
  host_user_id?: string;
  /** Absent on create takes the template's default; null on edit stops the series, absent keeps it. */
  recurrence?: Recurrence | null;
  carry_over_players?: boolean;
  confirm_minutes_before?: number;
  /** Edit only: whether the change reaches the later games of the series. */
  apply_to?: ApplyTo;
}

/** An edit: only the fields given change. */
export type GameChange = Partial<GameInput>;

export interface Guild {
  id: string;
  name: string;
  icon_url: string | null;
  is_bot_manager: boolean;
}

export interface GuildDetails extends Guild {
  bot_manager_role_ids: string[];
}

export interface NamedEntity {
  id: string;
  name: string;
}

export interface Member {
  user_id: string;
  display_name: string;
}

/** A member of the guild, or a placeholder known only by name. */
export type NewParticipant = { user_id: string } | { display_name: string };

export interface CurrentUser {
  user: { id: string; username: string; display_name: string; avatar_url: string | null };
  guilds: Guild[];
}

export interface Template {
  id: string;
  guild_id: string;
  name: string;
  channel_id: string | null;
  max_players: number;
  duration_minutes: number;
  reminder_minutes: number[];
  where: string;
  signup_method: SignupMethod;
  allowed_host_role_ids: string[];
  /** Who may join by themselves, whatever the sign-up method; empty means every member. */
  allowed_player_role_ids: string[];
  notify_role_ids: string[];
  signup_instructions: string;
  locked_fields: LockableField[];
  /** What becomes of a game's Discord announcement once the game is over. */
  after_game: AfterGame;
  after_game_delay_minutes: number;
  archive_channel_id: string | null;
  /** The default recurrence of games made from it. */
  recurrence: Recurrence | null;
  is_default: boolean;
  order: number;
}

export type AfterGame = 'keep' | 'delete' | 'archive';

export type TemplateInput = Omit<Template, 'id' | 'guild_id'>;

/** RFC 7807 body; `errors` maps a field name to its messages on validation failures. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}
