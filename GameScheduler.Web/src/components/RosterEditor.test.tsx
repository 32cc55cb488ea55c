import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyGameUpdate } from '../api/liveUpdates';
import { queryKeys } from '../api/queryKeys';
import type { Game, Participant } from '../api/types';
import { GameDetailsPage } from '../pages/GameDetailsPage';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { makeGame } from '../test/gameFixture';
import { createTestQueryClient, renderWithProviders } from '../test/renderWithProviders';

const player = (id: string, display_name: string, position = 0): Participant => ({
  id,
  user_id: `user-${id}`,
  display_name,
  position_type: 'SELF_ADDED',
  position,
  joined_at: '2030-11-01T10:00:00Z',
  awaiting_confirmation: false,
});

const anna = player('p-anna', 'Anna');
const ben = player('p-ben', 'Ben', 1);
const cleo = player('p-cleo', 'Cleo', 2);

function hostedGame(confirmed: Participant[], waitlisted: Participant[] = [], overrides: Partial<Game> = {}): Game {
  return makeGame({
    can_edit: true,
    max_players: 2,
    participants: { confirmed, waitlisted },
    confirmed_count: confirmed.length,
    waitlisted_count: waitlisted.length,
    ...overrides,
  });
}

function deferredResponse() {
  let release!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { promise, release };
}

function renderGamePage(game: Game) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(queryKeys.game(game.id), game);
  renderWithProviders(
    <Routes>
      <Route path="/games/:gameId" element={<GameDetailsPage />} />
    </Routes>,
    queryClient,
    `/games/${game.id}`,
  );
  return queryClient;
}

/** The names in one list, in order ("Confirmed" or "Waitlist"). */
function namesIn(title: string): string[] {
  const list = screen.queryByRole('list', { name: title });
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.MuiListItemText-primary')?.textContent?.replace(/^\d+\. /, '') ?? '');
}

afterEach(() => vi.unstubAllGlobals());

describe('the host’s roster editor', () => {
  it('adds a member picked from the Api’s suggestions, before the Api answers, then shows the Api’s roster', async () => {
    const answer = deferredResponse();
    const game = hostedGame([anna]);
    const added = { ...player('p-carol', 'Carol', 1), position_type: 'HOST_ADDED' as const };
    let committed = false;
    const requests = mockFetch({
      'GET /api/v1/guilds/guild-a/members': () => jsonResponse([{ user_id: 'user-carol', display_name: 'Carol' }]),
      'POST /api/v1/games/game-1/participants': () => answer.promise,
      'GET /api/v1/games/game-1': () => jsonResponse(committed ? hostedGame([added, anna]) : game),
    });
    renderGamePage(game);

    await userEvent.type(screen.getByRole('combobox', { name: 'Add a member' }), 'car');
    await userEvent.click(await screen.findByRole('option', { name: 'Carol' }));

    expect(namesIn('Confirmed')).toEqual(['Carol', 'Anna']);
    expect(screen.getByRole('combobox', { name: 'Add a member' })).toHaveValue('');
    const search = requests.find((request) => request.url.includes('/members'));
    expect(new URL(search!.url, 'http://localhost').searchParams.get('query')).toBe('car');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({ user_id: 'user-carol' });
    expect(post?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');

    committed = true;
    await act(async () => answer.release(jsonResponse(added, 201)));

    await waitFor(() => expect(document.querySelector('[data-participant-id="p-carol"]')).not.toBeNull());
    expect(namesIn('Confirmed')).toEqual(['Carol', 'Anna']);
  });

  it('adds a placeholder by name, onto the waitlist when every seat is taken', async () => {
    const game = hostedGame([anna, ben]);
    const requests = mockFetch({
      'POST /api/v1/games/game-1/participants': () => new Promise<Response>(() => {}),
    });
    renderGamePage(game);

    await userEvent.type(screen.getByRole('textbox', { name: 'Placeholder name' }), 'Guest from the forum');
    await userEvent.click(screen.getByRole('button', { name: 'Add placeholder' }));

    expect(namesIn('Waitlist')).toEqual(['Guest from the forum']);
    expect(screen.getByTestId('waitlisted-count')).toHaveTextContent('1');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ display_name: 'Guest from the forum' });
  });

  it('moves a player up by sending the whole roster, confirmed first, and keeps the Api’s answer', async () => {
    const answer = deferredResponse();
    const game = hostedGame([anna, ben], [cleo]);
    const requests = mockFetch({
      'PUT /api/v1/games/game-1/participants/order': () => answer.promise,
      'GET /api/v1/games/game-1': () => new Promise<Response>(() => {}),
    });
    const queryClient = renderGamePage(game);

    await userEvent.click(screen.getByRole('button', { name: 'Move Cleo up' }));

    // Cleo takes Ben's seat: the first two of the order are confirmed.
    expect(namesIn('Confirmed')).toEqual(['Anna', 'Cleo']);
    expect(namesIn('Waitlist')).toEqual(['Ben']);
    expect(requests[0]?.body).toEqual({ participant_ids: ['p-anna', 'p-cleo', 'p-ben'] });
    expect(screen.getByRole('button', { name: 'Move Anna down' })).toBeDisabled();

    const answered = hostedGame([cleo, anna], [ben]);
    await act(async () => answer.release(jsonResponse(answered)));

    await waitFor(() => expect(namesIn('Confirmed')).toEqual(['Cleo', 'Anna']));
    expect(queryClient.getQueryData<Game>(queryKeys.game('game-1'))?.participants.confirmed[0]?.id).toBe('p-cleo');
    expect(screen.getByRole('button', { name: 'Move Anna down' })).toBeEnabled();
  });

  it('moves players between the confirmed list and the waitlist', async () => {
    const requests = mockFetch({ 'PUT /api/v1/games/game-1/participants/order': () => new Promise<Response>(() => {}) });
    renderGamePage(hostedGame([anna, ben], [cleo]));

    await userEvent.click(screen.getByRole('button', { name: 'Move Anna to the waitlist' }));

    expect(requests[0]?.body).toEqual({ participant_ids: ['p-ben', 'p-cleo', 'p-anna'] });
    expect(namesIn('Confirmed')).toEqual(['Ben', 'Cleo']);
    expect(namesIn('Waitlist')).toEqual(['Anna']);
  });

  it('offers no move to the waitlist while everyone has a seat', () => {
    mockFetch({});
    renderGamePage(hostedGame([anna]));

    expect(screen.getByRole('button', { name: 'Move Anna to the waitlist' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Anna up' })).toBeDisabled();
  });

  it('removes a player at once and promotes the first on the waitlist', async () => {
    const requests = mockFetch({
      'DELETE /api/v1/games/game-1/participants/p-anna': () => new Response(null, { status: 204 }),
      'GET /api/v1/games/game-1': () => jsonResponse(hostedGame([ben, cleo])),
    });
    renderGamePage(hostedGame([anna, ben], [cleo]));

    await userEvent.click(screen.getByRole('button', { name: 'Remove Anna' }));

    expect(namesIn('Confirmed')).toEqual(['Ben', 'Cleo']);
    expect(namesIn('Waitlist')).toEqual([]);
    await waitFor(() => expect(requests.some((request) => request.method === 'GET')).toBe(true));
  });

  it('puts the roster back and shows the Api’s reason when it refuses', async () => {
    mockFetch({
      'PUT /api/v1/games/game-1/participants/order': () =>
        problemResponse(400, {
          title: 'One or more validation errors occurred.',
          errors: { participant_ids: ['List every participant of the game exactly once.'] },
        }),
      // The refetch after the failure never answers, so only the rollback can restore the roster.
      'GET /api/v1/games/game-1': () => new Promise<Response>(() => {}),
    });
    renderGamePage(hostedGame([anna, ben]));

    await userEvent.click(screen.getByRole('button', { name: 'Move Ben up' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not change the players of “Friday raid”: List every participant of the game exactly once.',
    );
    expect(namesIn('Confirmed')).toEqual(['Anna', 'Ben']);
  });

  it('holds back a live update’s refetch until the change is answered', async () => {
    const answer = deferredResponse();
    const requests = mockFetch({
      'DELETE /api/v1/games/game-1/participants/p-ben': () => answer.promise,
      'GET /api/v1/games/game-1': () => jsonResponse(hostedGame([anna])),
    });
    const queryClient = renderGamePage(hostedGame([anna, ben]));

    await userEvent.click(screen.getByRole('button', { name: 'Remove Ben' }));
    await act(() => applyGameUpdate(queryClient, { type: 'game_updated', game_id: 'game-1', guild_id: 'guild-a' }));

    expect(requests.filter((request) => request.method === 'GET')).toHaveLength(0);
    expect(namesIn('Confirmed')).toEqual(['Anna']);

    await act(async () => answer.release(new Response(null, { status: 204 })));
    await waitFor(() => expect(requests.filter((request) => request.method === 'GET')).toHaveLength(1));
  });
});

describe('the game page', () => {
  it('shows no roster controls to a player', () => {
    mockFetch({});
    renderGamePage(makeGame({ participants: { confirmed: [anna], waitlisted: [] } }));

    expect(document.querySelector('[data-participant-id="p-anna"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove Anna' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Add a member' })).toBeNull();
  });

  it('shows the sign-up instructions', () => {
    mockFetch({});
    renderGamePage(makeGame({ signup_instructions: 'Bring your own dice.' }));

    expect(screen.getByRole('alert', { name: 'Sign-up instructions' })).toHaveTextContent('Bring your own dice.');
  });

  it('tells the host, and only the host, that the channel was deleted', () => {
    mockFetch({});
    renderGamePage(makeGame({ id: 'hosted', can_edit: true, channel_deleted: true }));
    expect(screen.getByText(/channel of this game was deleted/)).toBeInTheDocument();
  });

  it('says nothing of a deleted channel to a player', () => {
    mockFetch({});
    renderGamePage(makeGame({ can_edit: false, channel_deleted: true }));
    expect(screen.queryByText(/channel of this game was deleted/)).toBeNull();
  });
});
