import type { Game } from './types';

export type MembershipAction = 'join' | 'leave';

/**
 * What the game will most likely look like once the Api accepts the join or leave, so the page can
 * show it before the answer arrives. The Api's answer replaces this guess either way.
 */
export function predictMembership(game: Game, action: MembershipAction): Game {
  const base = { ...game, can_join: action === 'leave', can_leave: action === 'join' };
  if (action === 'join') {
    const waitlisted = game.confirmed_count >= game.max_players;
    return {
      ...base,
      is_participant: true,
      is_waitlisted: waitlisted,
      confirmed_count: waitlisted ? game.confirmed_count : game.confirmed_count + 1,
      waitlisted_count: waitlisted ? game.waitlisted_count + 1 : game.waitlisted_count,
    };
  }
  // A confirmed player's seat goes to the first on the waitlist, so then only the waitlist shrinks.
  const seatPassesOn = game.is_waitlisted || game.waitlisted_count > 0;
  return {
    ...base,
    is_participant: false,
    is_waitlisted: false,
    confirmed_count: seatPassesOn ? game.confirmed_count : Math.max(0, game.confirmed_count - 1),
    waitlisted_count: seatPassesOn ? Math.max(0, game.waitlisted_count - 1) : game.waitlisted_count,
  };
}
