import type { Game } from './types';

/** The fields of a game that depend on who looks at it. */
export const viewerFields = ['can_join', 'can_leave', 'can_edit', 'is_participant', 'is_waitlisted'] as const;
export type ViewerField = (typeof viewerFields)[number];

/** A game as every viewer sees it: its complete state at its version, without the viewer's own fields. */
export type GameState = Omit<Game, ViewerField>;

/** The game `state` describes, with the viewer's own fields taken from `seenBy`, a copy the viewer already holds. */
export function withViewerFields(state: GameState, seenBy: Game): Game {
  const own = Object.fromEntries(viewerFields.map((field) => [field, seenBy[field]])) as Pick<Game, ViewerField>;
  return { ...state, ...own };
}

/**
 * Returns `value` as the state of the game `gameId` of `guildId`, or undefined when it is not one: another game's,
 * without a version, or without its roster.
 */
export function asGameState(value: unknown, gameId: string, guildId: string): GameState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, guild_id, version, participants } = value as Record<string, unknown>;
  if (id !== gameId || guild_id !== guildId || !Number.isInteger(version)) return undefined;
  if (typeof participants !== 'object' || participants === null) return undefined;
  const { confirmed, waitlisted } = participants as Record<string, unknown>;
  return Array.isArray(confirmed) && Array.isArray(waitlisted) ? (value as GameState) : undefined;
}
