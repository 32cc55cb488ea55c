import { apiRequest, toQueryString } from './http';
import type { Game, GameChange, GameInput, GameListFilters, GamePage } from './types';

const base = '/api/v1/games';

export const listGames = (filters: GameListFilters, signal?: AbortSignal) =>
  apiRequest<GamePage>(`${base}${toQueryString({ ...filters })}`, { signal });

export const getGame = (gameId: string, signal?: AbortSignal) =>
  apiRequest<Game>(`${base}/${encodeURIComponent(gameId)}`, { signal });

export const createGame = (input: GameInput) => apiRequest<Game>(base, { method: 'POST', body: input });

export const updateGame = (gameId: string, input: GameChange) =>
  apiRequest<Game>(`${base}/${encodeURIComponent(gameId)}`, { method: 'PUT', body: input });

export const cancelGame = (gameId: string) =>
  apiRequest<void>(`${base}/${encodeURIComponent(gameId)}`, { method: 'DELETE' });

export const joinGame = (gameId: string) =>
  apiRequest<Game>(`${base}/${encodeURIComponent(gameId)}/join`, { method: 'POST' });

export const leaveGame = (gameId: string) =>
  apiRequest<Game>(`${base}/${encodeURIComponent(gameId)}/leave`, { method: 'POST' });

export const calendarUrl = (gameId: string) => `${base}/${encodeURIComponent(gameId)}/calendar.ics`;

export interface CloneInput {
  /** Left out when the user cleared the picker: the Api then names the field. */
  scheduled_at?: string;
  carry_over_players: boolean;
}

/** Copies the game to a new time; the Api answers the new game, announced like any created one. */
export const cloneGame = (gameId: string, input: CloneInput) =>
  apiRequest<Game>(`${base}/${encodeURIComponent(gameId)}/clone`, { method: 'POST', body: input });
