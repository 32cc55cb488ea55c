import { describe, expect, it } from 'vitest';
import { moveBy, moveToConfirmed, moveToWaitlist } from './rosterMoves';

describe('roster moves', () => {
  it('swaps a player with the one above or below', () => {
    expect(moveBy(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  });

  it('puts a confirmed player first on the waitlist, so the first waiting player takes the seat', () => {
    expect(moveToWaitlist(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('puts a waiting player last of the confirmed, bumping the last confirmed one when every seat is taken', () => {
    expect(moveToConfirmed(['a', 'b', 'c', 'd'], 'd', 2, 2)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveToConfirmed(['a', 'b', 'c'], 'c', 1, 3)).toEqual(['a', 'c', 'b']);
  });
});
