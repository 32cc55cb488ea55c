import { apiRequest, toQueryString } from './http';
import type { Guild, GuildDetails, Member, NamedEntity } from './types';

const guildPath = (guildId: string) => `/api/v1/guilds/${encodeURIComponent(guildId)}`;

export const listGuilds = (signal?: AbortSignal) => apiRequest<Guild[]>('/api/v1/guilds', { signal });

export const getGuild = (guildId: string, signal?: AbortSignal) => apiRequest<GuildDetails>(guildPath(guildId), { signal });

export const listChannels = (guildId: string, signal?: AbortSignal) =>
  apiRequest<NamedEntity[]>(`${guildPath(guildId)}/channels`, { signal });

export const listRoles = (guildId: string, signal?: AbortSignal) =>
  apiRequest<NamedEntity[]>(`${guildPath(guildId)}/roles`, { signal });

export const updateBotManagerRoles = (guildId: string, roleIds: string[]) =>
  apiRequest<unknown>(`${guildPath(guildId)}/config`, { method: 'PUT', body: { bot_manager_role_ids: roleIds } });

/** Members whose display name contains `query` (the Api returns at most 25, ordered by name). */
export const searchMembers = (guildId: string, query: string, signal?: AbortSignal) =>
  apiRequest<Member[]>(`${guildPath(guildId)}/members${toQueryString({ query })}`, { signal });
