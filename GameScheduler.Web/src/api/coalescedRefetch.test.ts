import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../test/renderWithProviders';
import { applyGameUpdate } from './liveUpdates';
import { membershipMutationKey, queryKeys } from './queryKeys';

/** A game's details on screen (an active query), whose refetches the test answers one at a time. */
function showGame(queryClient: QueryClient, gameId: string) {
  const answers: Array<(title: string) => void> = [];
  queryClient.setQueryData(queryKeys.game(gameId), 'as first shown');
  new QueryObserver(queryClient, {
    queryKey: queryKeys.game(gameId),
    queryFn: () => new Promise<string>((resolve) => answers.push(resolve)),
  }).subscribe(() => {});
  return answers;
}

const updated = (gameId: string) => ({ type: 'game_updated', game_id: gameId, guild_id: 'guild-a' }) as const;

describe('live updates in a burst', () => {
  it('refetch a game once more after the refetch under way, however many arrive, and keep the last answer', async () => {
    const queryClient = createTestQueryClient();
    const answers = showGame(queryClient, 'game-1');

    const first = applyGameUpdate(queryClient, updated('game-1'));
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    for (let i = 0; i < 5; i++) await applyGameUpdate(queryClient, updated('game-1'));
    expect(answers).toHaveLength(1);

    answers[0]!('before the burst ended');
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!('after the burst');
    await first;

    expect(answers).toHaveLength(2);
    expect(queryClient.getQueryData(queryKeys.game('game-1'))).toBe('after the burst');
  });

  it('refetch each game of the burst on its own', async () => {
    const queryClient = createTestQueryClient();
    const firstGame = showGame(queryClient, 'game-1');
    const secondGame = showGame(queryClient, 'game-2');

    void applyGameUpdate(queryClient, updated('game-1'));
    void applyGameUpdate(queryClient, updated('game-2'));

    await vi.waitFor(() => expect([firstGame.length, secondGame.length]).toEqual([1, 1]));
  });

  it('hold the further refetch back when a join starts meanwhile, leaving it to the join', async () => {
    const queryClient = createTestQueryClient();
    const answers = showGame(queryClient, 'game-1');
    const first = applyGameUpdate(queryClient, updated('game-1'));
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    await applyGameUpdate(queryClient, updated('game-1'));

    const join = queryClient.getMutationCache().build(queryClient, {
      mutationKey: membershipMutationKey,
      mutationFn: () => new Promise<never>(() => {}),
    });
    void join.execute(undefined);
    answers[0]!('before the join');
    await first;

    expect(answers).toHaveLength(1);
    expect(queryClient.getQueryState(queryKeys.game('game-1'))?.isInvalidated).toBe(true);
  });
});
