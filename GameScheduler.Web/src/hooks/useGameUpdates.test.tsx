import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys';
import type { GamePage } from '../api/types';
import { FakeEventSource } from '../test/FakeEventSource';
import { makeGame, pageOf, stateOf } from '../test/gameFixture';
import { createTestQueryClient } from '../test/renderWithProviders';
import { GAME_UPDATES_URL, RETRY_AFTER_CLOSE_MS, SILENCE_LIMIT_MS, useGameUpdates } from './useGameUpdates';

const gameA1 = makeGame({ id: 'a1', guild_id: 'guild-a' });
const gameA2 = makeGame({ id: 'a2', guild_id: 'guild-a' });
const gameB1 = makeGame({ id: 'b1', guild_id: 'guild-b' });

const listA = queryKeys.gameList({ guild_id: 'guild-a', page: 1, page_size: 20 });
const listB = queryKeys.gameList({ guild_id: 'guild-b', page: 1, page_size: 20 });
const joinedList = queryKeys.gameList({ role: 'participant', page: 1, page_size: 20 });

let queryClient: QueryClient;

function seedCache() {
  queryClient.setQueryData(queryKeys.game('a1'), gameA1);
  queryClient.setQueryData(queryKeys.game('a2'), gameA2);
  queryClient.setQueryData(queryKeys.game('b1'), gameB1);
  queryClient.setQueryData(listA, pageOf(gameA1, gameA2));
  queryClient.setQueryData(listB, pageOf(gameB1));
  queryClient.setQueryData(joinedList, pageOf(gameA1, gameB1));
  queryClient.setQueryData(queryKeys.guilds, []);
}

const isInvalidated = (queryKey: readonly unknown[]) => queryClient.getQueryState(queryKey)?.isInvalidated ?? false;

function renderGameUpdates() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useGameUpdates(), { wrapper });
}

function renderConnected() {
  const hook = renderGameUpdates();
  const source = FakeEventSource.latest();
  act(() => source.open());
  return { hook, source };
}

beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  queryClient = createTestQueryClient();
  seedCache();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useGameUpdates', () => {
  it('opens the game-update stream with credentials and reports connected once it is open', () => {
    const hook = renderGameUpdates();
    const source = FakeEventSource.latest();

    expect(source.url).toBe(GAME_UPDATES_URL);
    expect(source.withCredentials).toBe(true);
    expect(hook.result.current).toBe('reconnecting');

    act(() => source.open());
    expect(hook.result.current).toBe('connected');
  });

  it('refreshes only the updated game and the lists that may contain it', () => {
    const { source } = renderConnected();

    act(() => source.send({ type: 'game_updated', game_id: 'a1', guild_id: 'guild-a' }, 'event-1'));

    expect(isInvalidated(queryKeys.game('a1'))).toBe(true);
    expect(isInvalidated(listA)).toBe(true);
    expect(isInvalidated(joinedList)).toBe(true);
    expect(isInvalidated(queryKeys.game('a2'))).toBe(false);
    expect(isInvalidated(queryKeys.game('b1'))).toBe(false);
    expect(isInvalidated(listB)).toBe(false);
    expect(isInvalidated(queryKeys.guilds)).toBe(false);
  });

  it("applies the game's state an event carries, when the viewer's own fields cannot have changed", () => {
    queryClient.setQueryData(queryKeys.currentUser, { user: { id: 'viewer-1' }, guilds: [] });
    const { source } = renderConnected();
    const joined = { ...gameA1, version: 2, confirmed_count: 3 };

    const event = { type: 'game_updated', game_id: 'a1', guild_id: 'guild-a', game: stateOf(joined) };

    act(() => source.send({ ...event, affected_user_ids: ['other-1'] }));

    expect(queryClient.getQueryData(queryKeys.game('a1'))).toEqual(joined);
    expect(queryClient.getQueryData<GamePage>(listA)?.items[0]).toEqual(joined);
    expect(isInvalidated(queryKeys.game('a1'))).toBe(false);
    expect(isInvalidated(listA)).toBe(false);
    expect(isInvalidated(joinedList)).toBe(false);
  });

  it('refreshes the lists of the guild a game was created in', () => {
    const { source } = renderConnected();

    act(() => source.send({ type: 'game_created', game_id: 'new', guild_id: 'guild-b' }));

    expect(isInvalidated(listB)).toBe(true);
    expect(isInvalidated(joinedList)).toBe(true);
    expect(isInvalidated(listA)).toBe(false);
  });

  it('takes a cancelled game out of the lists at once', () => {
    const { source } = renderConnected();

    act(() => source.send({ type: 'game_cancelled', game_id: 'a1', guild_id: 'guild-a' }));

    expect(queryClient.getQueryData<GamePage>(listA)?.items.map((game) => game.id)).toEqual(['a2']);
    expect(queryClient.getQueryData<GamePage>(joinedList)?.items.map((game) => game.id)).toEqual(['b1']);
    expect(isInvalidated(queryKeys.game('a1'))).toBe(true);
    expect(queryClient.getQueryData<GamePage>(listB)?.items).toHaveLength(1);
  });

  it('refreshes everything on resync', () => {
    const { source } = renderConnected();

    act(() => source.send({ type: 'resync' }));

    for (const query of queryClient.getQueryCache().getAll()) expect(query.state.isInvalidated).toBe(true);
  });

  it('ignores data it does not understand', () => {
    const { hook, source } = renderConnected();

    act(() => {
      source.send('not json');
      source.send({ type: 'game_updated' });
      source.send({ type: 'something_new', game_id: 'a1', guild_id: 'guild-a' });
      source.send(42);
    });

    for (const query of queryClient.getQueryCache().getAll()) expect(query.state.isInvalidated).toBe(false);
    expect(hook.result.current).toBe('connected');
  });

  it('replaces a stream that stayed silent for the silence limit, then refetches what it may have missed', () => {
    vi.useFakeTimers();
    const { hook, source: first } = renderConnected();

    act(() => vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1));
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => vi.advanceTimersByTime(1));
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(isInvalidated(listA)).toBe(false);

    act(() => FakeEventSource.latest().open());
    expect(hook.result.current).toBe('connected');
    for (const query of queryClient.getQueryCache().getAll()) expect(query.state.isInvalidated).toBe(true);
  });

  it('counts every message as a sign of life', () => {
    vi.useFakeTimers();
    const { source } = renderConnected();

    act(() => vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1000));
    act(() => source.send({ type: 'game_updated', game_id: 'a1', guild_id: 'guild-a' }));
    act(() => vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1000));
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => vi.advanceTimersByTime(1000));
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('shows reconnecting while the browser retries by itself, and connected when it is back', () => {
    vi.useFakeTimers();
    const { hook, source } = renderConnected();

    act(() => source.fail(true));
    expect(hook.result.current).toBe('reconnecting');

    act(() => vi.advanceTimersByTime(RETRY_AFTER_CLOSE_MS));
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => source.open());
    expect(hook.result.current).toBe('connected');
  });

  it('checks the session and opens a new stream after the browser gave up on one', () => {
    vi.useFakeTimers();
    const { hook, source } = renderConnected();
    queryClient.setQueryData(queryKeys.currentUser, { user: {}, guilds: [] });

    act(() => source.fail(false));
    expect(hook.result.current).toBe('reconnecting');
    expect(isInvalidated(queryKeys.currentUser)).toBe(true);

    act(() => vi.advanceTimersByTime(RETRY_AFTER_CLOSE_MS));
    expect(FakeEventSource.instances).toHaveLength(2);
    // The silence watchdog of the abandoned stream must not fire a second replacement.
    act(() => vi.advanceTimersByTime(SILENCE_LIMIT_MS - RETRY_AFTER_CLOSE_MS));
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('closes the stream and stops its timers on unmount', () => {
    vi.useFakeTimers();
    const { hook, source } = renderConnected();

    hook.unmount();
    act(() => vi.advanceTimersByTime(SILENCE_LIMIT_MS * 2));

    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(FakeEventSource.instances).toHaveLength(1);
  });
});
