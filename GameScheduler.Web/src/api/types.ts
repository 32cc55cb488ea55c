// Payload shapes of the Api's REST contract (/api/v1, JSON snake_case).

export type SignupMethod = 'SELF_SIGNUP' | 'HOST_SELECTED' | 'HOST_SELECTED_WITH_WAITLIST' | 'ROLE_BASED';
export type GameStatus = 'SCHEDULED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
export type PositionType = 'HOST_ADDED' | 'ROLE_MATCHED' | 'SELF_ADDED';

export interface Participant {
  id: string;
  user_id: string | null;
  display_name: string;
  position_type: PositionType;
  position: number;
  joined_at: string;
}

export interface Game {
  id: string;
  guild_id: string;
  channel_id: string;
  template_id: string | null;
  title: string;
  description: string;
  scheduled_at: string;
  time_zone: string | null;
  duration_minutes: number;
  max_players: number;
  where: string;
  signup_method: SignupMethod;
  reminder_minutes: number[];
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
  max_players: number;
  description?: string;
  time_zone?: string;
  duration_minutes?: number;
  where?: string;
  signup_method?: SignupMethod;
  reminder_minutes?: number[];
  template_id?: string | null;
}

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
  /** Who may sign up when the method is ROLE_BASED. */
  allowed_player_role_ids: string[];
  is_default: boolean;
  order: number;
}

export type TemplateInput = Omit<Template, 'id' | 'guild_id'>;

/** RFC 7807 body; `errors` maps a field name to its messages on validation failures. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}
