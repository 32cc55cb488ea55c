import { apiRequest } from './http';
import type { Guild, GuildDetails, NamedEntity } from './types';

const guildPath = (guildId: string) => `/api/v1/guilds/${encodeURIComponent(guildId)}`;

export const listGuilds = (signal?: AbortSignal) => apiRequest<Guild[]>('/api/v1/guilds', { signal });

export const getGuild = (guildId: string, signal?: AbortSignal) => apiRequest<GuildDetails>(guildPath(guildId), { signal });

export const listChannels = (guildId: string, signal?: AbortSignal) =>
  apiRequest<NamedEntity[]>(`${guildPath(guildId)}/channels`, { signal });

export const listRoles = (guildId: string, signal?: AbortSignal) =>
  apiRequest<NamedEntity[]>(`${guildPath(guildId)}/roles`, { signal });

export const updateBotManagerRoles = (guildId: string, roleIds: string[]) =>
  apiRequest<unknown>(`${guildPath(guildId)}/config`, { method: 'PUT', body: { bot_manager_role_ids: roleIds } });
