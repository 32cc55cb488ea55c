import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys';
import type { Game, Participant, Recurrence } from '../api/types';
import { formatLocal, formatLocalDate } from '../lib/time';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { makeGame } from '../test/gameFixture';
import { createTestQueryClient, renderWithProviders } from '../test/renderWithProviders';
import { GameDetailsPage } from './GameDetailsPage';

const weekly: Recurrence = { frequency: 'weekly', interval: 1, by_weekday_of_month: null, until: null, count: null };

const player = (id: string, display_name: string, awaiting_confirmation: boolean): Participant => ({
  id,
  user_id: `user-${id}`,
  display_name,
  position_type: 'SELF_ADDED',
  position: 0,
  joined_at: '2030-11-01T10:00:00Z',
  awaiting_confirmation,
});

/** A Friday game: 13 December 2030, 20:00 in Berlin. */
const fridayGame = (overrides: Partial<Game> = {}) => makeGame({ scheduled_at: '2030-12-13T19:00:00Z', ...overrides });

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
}

const repeatsText = () => screen.getByTestId('repeats').textContent;

afterEach(() => vi.unstubAllGlobals());

describe('the game page of a repeating game', () => {
  it('says how the game repeats, in words made from the rule and the start', () => {
    mockFetch({});
    renderGamePage(fridayGame({ recurrence: weekly }));
    expect(repeatsText()).toBe('Repeats every week on Friday · next game is created when this one starts');
  });

  it.each<[Partial<Recurrence>, string]>([
    [{ interval: 2 }, 'Repeats every 2 weeks on Friday'],
    [{ frequency: 'monthly', by_weekday_of_month: 2 }, 'Repeats every month on the 2nd Friday'],
    [{ frequency: 'monthly', interval: 3, by_weekday_of_month: -1 }, 'Repeats every 3 months on the last Friday'],
    [{ frequency: 'monthly' }, 'Repeats every month on the 13th'],
    [{ count: 10 }, 'Repeats every week on Friday, 10 games in all'],
    [{ until: '2031-03-05T22:59:59Z' }, `Repeats every week on Friday until ${formatLocalDate(new Date('2031-03-05T22:59:59Z'))}`],
  ])('describes %o as “%s”', (rule, text) => {
    mockFetch({});
    renderGamePage(fridayGame({ recurrence: { ...weekly, ...rule } }));
    expect(repeatsText()).toBe(`${text} · next game is created when this one starts`);
  });

  it('says nothing about repeating for a game on its own', () => {
    mockFetch({});
    renderGamePage(fridayGame({ can_edit: true }));
    expect(screen.queryByTestId('repeats')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stop repeating' })).toBeNull();
  });

  it('says by when carried-over players confirm, and marks those who have not', () => {
    mockFetch({});
    const confirmBy = '2030-12-12T19:00:00Z';
    renderGamePage(
      fridayGame({
        confirm_by: confirmBy,
        participants: { confirmed: [player('p-anna', 'Anna', true), player('p-ben', 'Ben', false)], waitlisted: [] },
      }),
    );

    expect(screen.getByTestId('confirm-by')).toHaveTextContent(`Carried-over players confirm by ${formatLocal(new Date(confirmBy))}`);
    const confirmed = within(screen.getByRole('list', { name: 'Confirmed' }));
    expect(confirmed.getByText('1. Anna (not confirmed yet)')).toBeInTheDocument();
    expect(confirmed.getByText('2. Ben')).toBeInTheDocument();
  });

  it('lets the host stop the series after confirming, with a PUT of a null rule for this and later games', async () => {
    const game = fridayGame({ recurrence: weekly, series_id: 'game-1', can_edit: true });
    let stopped = false;
    const requests = mockFetch({
      'PUT /api/v1/games/game-1': () => {
        stopped = true;
        return jsonResponse({ ...game, recurrence: null });
      },
      'GET /api/v1/games/game-1': () => jsonResponse(stopped ? { ...game, recurrence: null } : game),
    });
    renderGamePage(game);

    await userEvent.click(screen.getByRole('button', { name: 'Stop repeating' }));
    const dialog = await screen.findByRole('dialog', { name: /Stop repeating/ });
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop repeating' }));

    await waitFor(() => expect(screen.queryByTestId('repeats')).toBeNull());
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({ recurrence: null, apply_to: 'this_and_later' });
    expect(screen.queryByRole('button', { name: 'Stop repeating' })).toBeNull();
  });

  it('offers no Stop repeating to a player', () => {
    mockFetch({});
    renderGamePage(fridayGame({ recurrence: weekly, can_edit: false }));
    expect(screen.queryByRole('button', { name: 'Stop repeating' })).toBeNull();
  });
});
