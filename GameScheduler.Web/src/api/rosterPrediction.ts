import type { Game, Participant } from './types';

/** A host's change to the roster, as the editor asks for it. */
export type RosterChange =
  | { kind: 'add'; userId: string | null; displayName: string }
  | { kind: 'remove'; participantId: string }
  | { kind: 'reorder'; participantIds: string[] };

/** Prefix of the id a predicted participant holds until the Api has given it its own. */
const pendingIdPrefix = 'pending:';

export const isPendingParticipant = (participant: Participant) => participant.id.startsWith(pendingIdPrefix);

/** The whole roster in order, confirmed players first, as the order route takes it. */
export const rosterOrder = (game: Game): Participant[] => [...game.participants.confirmed, ...game.participants.waitlisted];

/**
 * What the game will most likely look like once the Api accepts the change, splitting the roster as the Api does:
 * the first `max_players` are confirmed, except that a game where the host picks and others wait confirms only
 * players the host placed.
 */
export function predictRoster(game: Game, change: RosterChange, now: Date): Game {
  const roster = rosterOrder(game);
  switch (change.kind) {
    case 'add':
      return withRoster(game, placeHostAdded(game, roster, pendingParticipant(change, now)));
    case 'remove':
      return withRoster(game, roster.filter((participant) => participant.id !== change.participantId));
    case 'reorder': {
      const byId = new Map(roster.map((participant) => [participant.id, participant]));
      const reordered = change.participantIds.flatMap((id) => byId.get(id) ?? []);
      // The Api makes every player host-placed, in the order given.
      return withRoster(game, reordered.map((participant, position) => ({ ...participant, position_type: 'HOST_ADDED', position })));
    }
  }
}

function pendingParticipant(change: { userId: string | null; displayName: string }, now: Date): Participant {
  return {
    id: `${pendingIdPrefix}${now.getTime()}`,
    user_id: change.userId,
    display_name: change.displayName,
    position_type: 'HOST_ADDED',
    position: 0,
    joined_at: now.toISOString(),
    awaiting_confirmation: false,
  };
}

/**
 * A host-added player goes after the host-placed players, ahead of everyone who signed up by themselves; on a full game
 * the confirmed players count as host-placed, so nobody loses a seat to the newcomer.
 */
function placeHostAdded(game: Game, roster: Participant[], newcomer: Participant): Participant[] {
  const seatsTaken = game.participants.confirmed.length;
  const placed =
    seatsTaken >= game.max_players
      ? roster.map((participant, index): Participant => (index < seatsTaken ? { ...participant, position_type: 'HOST_ADDED' } : participant))
      : roster;
  const firstSelfPlaced = placed.findIndex((participant) => participant.position_type !== 'HOST_ADDED');
  const index = firstSelfPlaced < 0 ? placed.length : firstSelfPlaced;
  return [...placed.slice(0, index), newcomer, ...placed.slice(index)];
}

function withRoster(game: Game, roster: Participant[]): Game {
  const confirmable = (participant: Participant) =>
    game.signup_method !== 'HOST_SELECTED_WITH_WAITLIST' || participant.position_type === 'HOST_ADDED';
  const firstUnconfirmable = roster.findIndex((participant) => !confirmable(participant));
  const confirmedCount = Math.min(game.max_players, firstUnconfirmable < 0 ? roster.length : firstUnconfirmable);
  const confirmed = roster.slice(0, confirmedCount);
  const waitlisted = roster.slice(confirmedCount);
  return {
    ...game,
    participants: { confirmed, waitlisted },
    confirmed_count: confirmed.length,
    waitlisted_count: waitlisted.length,
  };
}
