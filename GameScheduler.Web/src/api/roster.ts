import { apiRequest } from './http';
import type { Game, NewParticipant, Participant } from './types';

const participantsPath = (gameId: string) => `/api/v1/games/${encodeURIComponent(gameId)}/participants`;

export const addParticipant = (gameId: string, participant: NewParticipant) =>
  apiRequest<Participant>(participantsPath(gameId), { method: 'POST', body: participant });

export const removeParticipant = (gameId: string, participantId: string) =>
  apiRequest<void>(`${participantsPath(gameId)}/${encodeURIComponent(participantId)}`, { method: 'DELETE' });

/** Puts the whole roster, confirmed players first, in the given order; the Api splits it by the seats. */
export const reorderParticipants = (gameId: string, participantIds: string[]) =>
  apiRequest<Game>(`${participantsPath(gameId)}/order`, { method: 'PUT', body: { participant_ids: participantIds } });
