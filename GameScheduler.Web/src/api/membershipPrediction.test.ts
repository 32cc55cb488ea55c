import { describe, expect, it } from 'vitest';
import { makeGame } from '../test/gameFixture';
import { predictMembership } from './membershipPrediction';

describe('predictMembership', () => {
  it('takes a free seat on join', () => {
    const joined = predictMembership(makeGame({ confirmed_count: 2, max_players: 4 }), 'join');

    expect(joined).toMatchObject({ confirmed_count: 3, waitlisted_count: 0, is_participant: true, is_waitlisted: false });
    expect(joined).toMatchObject({ can_join: false, can_leave: true });
  });

  it('joins the waitlist of a full game', () => {
    const joined = predictMembership(makeGame({ confirmed_count: 4, max_players: 4, waitlisted_count: 1 }), 'join');

    expect(joined).toMatchObject({ confirmed_count: 4, waitlisted_count: 2, is_waitlisted: true });
  });

  it('frees a seat on leave when nobody waits', () => {
    const player = makeGame({ confirmed_count: 3, is_participant: true, can_join: false, can_leave: true });

    expect(predictMembership(player, 'leave')).toMatchObject({
      confirmed_count: 2,
      is_participant: false,
      can_join: true,
      can_leave: false,
    });
  });

  it('passes the seat to the waitlist when a confirmed player leaves', () => {
    const player = makeGame({ confirmed_count: 4, max_players: 4, waitlisted_count: 2, is_participant: true });

    expect(predictMembership(player, 'leave')).toMatchObject({ confirmed_count: 4, waitlisted_count: 1 });
  });

  it('shrinks only the waitlist when a waiting player leaves', () => {
    const waiting = makeGame({ confirmed_count: 4, max_players: 4, waitlisted_count: 1, is_participant: true, is_waitlisted: true });

    expect(predictMembership(waiting, 'leave')).toMatchObject({ confirmed_count: 4, waitlisted_count: 0, is_waitlisted: false });
  });
});
