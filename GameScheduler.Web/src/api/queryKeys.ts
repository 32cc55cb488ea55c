import type { Query } from '@tanstack/react-query';
import type { GameListFilters } from './types';

/**
 * Query keys in one place, so that live updates can target exactly the queries an event touches:
 * one game's details, and only the game lists that may contain that game.
 */
export const queryKeys = {
  currentUser: ['auth', 'user'] as const,
  calendarFeed: ['auth', 'user', 'calendar-feed'] as const,
  guilds: ['guilds'] as const,
  guild: (guildId: string) => ['guilds', guildId] as const,
  channels: (guildId: string) => ['guilds', guildId, 'channels'] as const,
  roles: (guildId: string) => ['guilds', guildId, 'roles'] as const,
  templates: (guildId: string) => ['guilds', guildId, 'templates'] as const,
  members: (guildId: string, query: string) => ['guilds', guildId, 'members', query] as const,
  gameList: (filters: GameListFilters) => ['games', 'list', filters] as const,
  game: (gameId: string) => ['games', 'detail', gameId] as const,
};

/**
 * Key shared by the mutations that show their result before the Api answers (join, leave, roster changes), so live
 * updates can hold back refetches while one is in flight.
 */
export const optimisticMutationKey = ['games', 'optimistic'] as const;
export const membershipMutationKey = [...optimisticMutationKey, 'membership'] as const;
export const rosterMutationKey = [...optimisticMutationKey, 'roster'] as const;

/** True for game-list queries whose results may include a game of `guildId` (cross-guild lists included). */
export function isGameListOfGuild(query: Query, guildId: string): boolean {
  const [scope, kind, filters] = query.queryKey as [unknown, unknown, Partial<GameListFilters> | undefined];
  if (scope !== 'games' || kind !== 'list') return false;
  return filters?.guild_id === undefined || filters.guild_id === guildId;
}
