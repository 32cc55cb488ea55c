import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getCurrentUser } from '../api/auth';
import { getGame, listGames } from '../api/games';
import { getGuild, listChannels, listGuilds, listRoles, searchMembers } from '../api/guilds';
import { queryKeys } from '../api/queryKeys';
import { listTemplates } from '../api/templates';
import type { GameListFilters } from '../api/types';

export const useCurrentUser = () =>
  useQuery({ queryKey: queryKeys.currentUser, queryFn: ({ signal }) => getCurrentUser(signal) });

export const useGuilds = () => useQuery({ queryKey: queryKeys.guilds, queryFn: ({ signal }) => listGuilds(signal) });

export const useGuild = (guildId: string) =>
  useQuery({ queryKey: queryKeys.guild(guildId), queryFn: ({ signal }) => getGuild(guildId, signal) });

export const useChannels = (guildId: string) =>
  useQuery({ queryKey: queryKeys.channels(guildId), queryFn: ({ signal }) => listChannels(guildId, signal) });

export const useRoles = (guildId: string) =>
  useQuery({ queryKey: queryKeys.roles(guildId), queryFn: ({ signal }) => listRoles(guildId, signal) });

export const useTemplates = (guildId: string) =>
  useQuery({ queryKey: queryKeys.templates(guildId), queryFn: ({ signal }) => listTemplates(guildId, signal) });

/** Members whose name contains `query`; nothing is asked for an empty query. */
export const useMemberSearch = (guildId: string, query: string) =>
  useQuery({
    queryKey: queryKeys.members(guildId, query),
    queryFn: ({ signal }) => searchMembers(guildId, query, signal),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });

export const useGame = (gameId: string) =>
  useQuery({ queryKey: queryKeys.game(gameId), queryFn: ({ signal }) => getGame(gameId, signal) });

export const useGameList = (filters: GameListFilters) =>
  useQuery({
    queryKey: queryKeys.gameList(filters),
    queryFn: ({ signal }) => listGames(filters, signal),
    placeholderData: keepPreviousData,
  });
