import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyGameUpdate } from '../api/liveUpdates';
import { queryKeys } from '../api/queryKeys';
import type { Game } from '../api/types';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { makeGame, pageOf } from '../test/gameFixture';
import { createTestQueryClient, renderWithProviders } from '../test/renderWithProviders';
import { GameCard } from './GameCard';
import { GameList } from './GameList';

const listKey = queryKeys.gameList({ guild_id: 'guild-a', page: 1, page_size: 20 });

/** A response the test releases when it chooses, to look at the page while the request is in flight. */
function deferredResponse() {
  let release!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { promise, release };
}

function renderCard(game: Game) {
  renderWithProviders(<GameCard game={game} />);
}

afterEach(() => vi.unstubAllGlobals());

describe('GameCard', () => {
  it('carries the game id and shows title, host, where and counts', () => {
    mockFetch({});
    const game = makeGame({ confirmed_count: 3, max_players: 10, waitlisted_count: 1 });
    renderCard(game);

    const card = document.querySelector(`[data-game-id="${game.id}"]`) as HTMLElement;
    expect(card).not.toBeNull();
    expect(within(card).getByRole('link', { name: 'Friday raid' })).toHaveAttribute('href', '/games/game-1');
    expect(within(card).getByText('Hosted by Hana')).toBeInTheDocument();
    expect(within(card).getByText('Where: Voice 1')).toBeInTheDocument();
    expect(within(card).getByTestId('confirmed-count')).toHaveTextContent('3');
    expect(within(card).getByTestId('max-players')).toHaveTextContent('10');
    expect(within(card).getByTestId('waitlisted-count')).toHaveTextContent('1');
    expect(within(card).getByRole('button', { name: 'Join' })).toBeInTheDocument();
  });

  it('shows when a game waiting for its post time is announced, and nothing once it is', () => {
    mockFetch({});
    renderCard(makeGame({ id: 'waiting', post_at: '2030-11-29T19:00:00Z', awaits_announcement: true }));
    renderCard(makeGame({ id: 'announced', post_at: '2030-11-29T19:00:00Z', awaits_announcement: false }));

    const waiting = document.querySelector('[data-game-id="waiting"]') as HTMLElement;
    const announced = document.querySelector('[data-game-id="announced"]') as HTMLElement;
    expect(within(waiting).getByTestId('announces-at')).toHaveTextContent(/^Announces at .+/);
    expect(within(waiting).getByTestId('announces-at').querySelector('time')).toHaveAttribute('dateTime', '2030-11-29T19:00:00Z');
    expect(within(announced).queryByTestId('announces-at')).toBeNull();
  });

  it('shows Leave for a participant and no button when neither is allowed', () => {
    mockFetch({});
    renderCard(makeGame({ id: 'joined', can_join: false, can_leave: true }));
    renderCard(makeGame({ id: 'closed', can_join: false, can_leave: false }));

    const joined = document.querySelector('[data-game-id="joined"]') as HTMLElement;
    const closed = document.querySelector('[data-game-id="closed"]') as HTMLElement;
    expect(within(joined).getByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(within(closed).queryByRole('button')).toBeNull();
  });
});

describe('optimistic join and leave (cards of a game list)', () => {
  function renderList(game: Game, queryClient = createTestQueryClient()) {
    queryClient.setQueryData(listKey, pageOf(game));
    renderWithProviders(<GameList filters={{ guild_id: 'guild-a' }} emptyMessage="No games" />, queryClient);
    return within(document.querySelector(`[data-game-id="${game.id}"]`) as HTMLElement);
  }

  it('shows Leave and the new count before the Api answers, then keeps the Api’s answer', async () => {
    const answer = deferredResponse();
    const game = makeGame({ confirmed_count: 2, max_players: 4 });
    const serverGame = { ...game, can_join: false, can_leave: true, is_participant: true, confirmed_count: 4 };
    const requests = mockFetch({
      'POST /api/v1/games/game-1/join': () => answer.promise,
      'GET /api/v1/games': () => jsonResponse(pageOf(serverGame)),
    });
    const card = renderList(game);

    await userEvent.click(card.getByRole('button', { name: 'Join' }));

    expect(card.getByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(card.getByTestId('confirmed-count')).toHaveTextContent('3');
    expect(requests[0]?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(requests[0]?.credentials).toBe('same-origin');

    await act(async () => answer.release(jsonResponse(serverGame)));

    await waitFor(() => expect(card.getByTestId('confirmed-count')).toHaveTextContent('4'));
    expect(card.getByRole('button', { name: 'Leave' })).toBeEnabled();
  });

  it('holds back live-update refetches while the join is in flight, then catches up', async () => {
    const answer = deferredResponse();
    const game = makeGame({ confirmed_count: 2 });
    const joined = { ...game, can_join: false, can_leave: true, is_participant: true, confirmed_count: 3 };
    const newcomer = makeGame({ id: 'created-elsewhere', title: 'Created elsewhere' });
    let committed = false;
    const requests = mockFetch({
      'POST /api/v1/games/game-1/join': () => answer.promise,
      // Until the join commits, the Api still answers with the game as it was.
      'GET /api/v1/games': () => jsonResponse(committed ? pageOf(joined, newcomer) : pageOf(game)),
    });
    const queryClient = createTestQueryClient();
    const card = renderList(game, queryClient);

    await userEvent.click(card.getByRole('button', { name: 'Join' }));
    await act(() => applyGameUpdate(queryClient, { type: 'game_created', game_id: 'created-elsewhere', guild_id: 'guild-a' }));

    expect(requests.filter((request) => request.method === 'GET')).toHaveLength(0);
    expect(card.getByRole('button', { name: 'Leave' })).toBeInTheDocument();

    committed = true;
    await act(async () => answer.release(jsonResponse(joined)));

    expect(await screen.findByText('Created elsewhere')).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(card.getByTestId('confirmed-count')).toHaveTextContent('3');
  });

  it('goes onto the waitlist count when the game is full', async () => {
    const game = makeGame({ confirmed_count: 4, max_players: 4, waitlisted_count: 0 });
    mockFetch({ 'POST /api/v1/games/game-1/join': () => new Promise<Response>(() => {}) });
    const card = renderList(game);

    await userEvent.click(card.getByRole('button', { name: 'Join' }));

    expect(card.getByTestId('confirmed-count')).toHaveTextContent('4');
    expect(card.getByTestId('waitlisted-count')).toHaveTextContent('1');
  });

  it('puts the card back and says why when the Api refuses', async () => {
    const answer = deferredResponse();
    const game = makeGame({ confirmed_count: 2 });
    mockFetch({
      'POST /api/v1/games/game-1/join': () => answer.promise,
      // The refetch after the failure never answers, so only the rollback can restore the card.
      'GET /api/v1/games': () => new Promise<Response>(() => {}),
    });
    const card = renderList(game);

    await userEvent.click(card.getByRole('button', { name: 'Join' }));
    expect(card.getByRole('button', { name: 'Leave' })).toBeInTheDocument();

    await act(async () =>
      answer.release(problemResponse(409, { title: 'Conflict', detail: 'The game has already started.' })),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not join “Friday raid”: The game has already started.');
    expect(card.getByRole('button', { name: 'Join' })).toBeInTheDocument();
    expect(card.getByTestId('confirmed-count')).toHaveTextContent('2');
  });

  it('rolls a failed leave back too', async () => {
    const game = makeGame({ can_join: false, can_leave: true, is_participant: true, confirmed_count: 3 });
    mockFetch({
      'POST /api/v1/games/game-1/leave': () => Promise.reject(new TypeError('Failed to fetch')),
      'GET /api/v1/games': () => new Promise<Response>(() => {}),
    });
    const card = renderList(game);

    await userEvent.click(card.getByRole('button', { name: 'Leave' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not leave “Friday raid”: Failed to fetch');
    expect(card.getByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(card.getByTestId('confirmed-count')).toHaveTextContent('3');
  });
});
