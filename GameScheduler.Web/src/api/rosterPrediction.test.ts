import { describe, expect, it } from 'vitest';
import { makeGame } from '../test/gameFixture';
import { predictRoster } from './rosterPrediction';
import type { Game, Participant, PositionType } from './types';

const player = (id: string, position_type: PositionType = 'SELF_ADDED'): Participant => ({
  id,
  user_id: `user-${id}`,
  display_name: id,
  position_type,
  position: 0,
  joined_at: '2030-11-01T10:00:00Z',
  awaiting_confirmation: false,
});

const ids = (game: Game) => ({
  confirmed: game.participants.confirmed.map((participant) => participant.id),
  waitlisted: game.participants.waitlisted.map((participant) => participant.id),
});

const now = new Date('2030-11-02T10:00:00Z');

describe('predictRoster', () => {
  it('seats a host-added player ahead of the self-signups while a seat is free', () => {
    const game = makeGame({ max_players: 3, participants: { confirmed: [player('host-pick', 'HOST_ADDED'), player('self')], waitlisted: [] } });

    const predicted = predictRoster(game, { kind: 'add', userId: 'user-new', displayName: 'New' }, now);

    expect(predicted.participants.confirmed.map((participant) => participant.display_name)).toEqual(['host-pick', 'New', 'self']);
    expect(predicted.confirmed_count).toBe(3);
  });

  it('puts a host-added player on a full game behind the earlier host picks, ahead of waiting self-signups', () => {
    const game = makeGame({
      max_players: 2,
      participants: { confirmed: [player('a'), player('b')], waitlisted: [player('pick', 'HOST_ADDED'), player('waiting')] },
    });

    const predicted = predictRoster(game, { kind: 'add', userId: null, displayName: 'Guest' }, now);

    expect(ids(predicted).confirmed).toEqual(['a', 'b']);
    expect(predicted.participants.waitlisted.map((participant) => participant.display_name)).toEqual(['pick', 'Guest', 'waiting']);
    expect(predicted.waitlisted_count).toBe(3);
  });

  it('gives a removed player’s seat to the first on the waitlist', () => {
    const game = makeGame({ max_players: 2, participants: { confirmed: [player('a'), player('b')], waitlisted: [player('c')] } });

    expect(ids(predictRoster(game, { kind: 'remove', participantId: 'a' }, now))).toEqual({ confirmed: ['b', 'c'], waitlisted: [] });
  });

  it('confirms the first seats’ worth of a new order, self-signups of a host-picked game included', () => {
    const game = makeGame({
      max_players: 2,
      signup_method: 'HOST_SELECTED_WITH_WAITLIST',
      participants: { confirmed: [player('a', 'HOST_ADDED')], waitlisted: [player('b'), player('c')] },
    });

    expect(ids(predictRoster(game, { kind: 'reorder', participantIds: ['c', 'a', 'b'] }, now))).toEqual({
      confirmed: ['c', 'a'],
      waitlisted: ['b'],
    });
  });

  it('keeps waiting self-signups of a host-picked game on the waitlist when a seat frees up', () => {
    const game = makeGame({
      max_players: 2,
      signup_method: 'HOST_SELECTED_WITH_WAITLIST',
      participants: { confirmed: [player('a', 'HOST_ADDED')], waitlisted: [player('b')] },
    });

    expect(ids(predictRoster(game, { kind: 'remove', participantId: 'a' }, now))).toEqual({ confirmed: [], waitlisted: ['b'] });
  });
});
