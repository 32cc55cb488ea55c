import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { queryKeys } from '../api/queryKeys';
import type { Game } from '../api/types';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { makeGame } from '../test/gameFixture';
import { createTestQueryClient, renderWithProviders } from '../test/renderWithProviders';
import { nextWeeklyStart } from '../lib/time';
import { CloneGameButton } from './CloneGameButton';

const currentUser = (id: string) => ({
  user: { id, username: id, display_name: id, avatar_url: null },
  guilds: [],
});

const guild = (isBotManager: boolean) =>
  jsonResponse({ id: 'guild-a', name: 'Guild A', icon_url: null, is_bot_manager: isBotManager, bot_manager_role_ids: [] });

function renderButton(game: Game, viewerId = 'host-1') {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(queryKeys.currentUser, currentUser(viewerId));
  renderWithProviders(
    <Routes>
      <Route path="/games/:gameId" element={<CloneGameButton game={game} />} />
      <Route path="/games/clone-1" element={<p>The clone's page</p>} />
    </Routes>,
    queryClient,
    `/games/${game.id}`,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('CloneGameButton', () => {
  it('clones with the chosen time and players, then opens the new game', async () => {
    const requests = mockFetch({
      'POST /api/v1/games/game-1/clone': () => jsonResponse(makeGame({ id: 'clone-1' }), 201),
      'GET /api/v1/games/clone-1': () => jsonResponse(makeGame({ id: 'clone-1' })),
    });
    const game = makeGame({ can_edit: true });
    renderButton(game);

    await userEvent.click(screen.getByRole('button', { name: 'Clone' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Bring the players along/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Clone game' }));

    expect(await screen.findByText("The clone's page")).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(post?.body).toEqual({
      scheduled_at: nextWeeklyStart(game.scheduled_at).toISOString(),
      carry_over_players: true,
    });
  });

  it('shows the Api’s message about the start time beside the picker', async () => {
    mockFetch({
      'POST /api/v1/games/game-1/clone': () =>
        problemResponse(400, { errors: { scheduled_at: ['The scheduled time must be in the future.'] } }),
    });
    renderButton(makeGame({ can_edit: true }));

    await userEvent.click(screen.getByRole('button', { name: 'Clone' }));
    await userEvent.click(screen.getByRole('button', { name: 'Clone game' }));

    await waitFor(() =>
      expect(screen.getByRole('group', { name: /New start time/ })).toHaveAccessibleDescription(
        'The scheduled time must be in the future.',
      ),
    );
  });

  it('is offered to the host of a finished game', () => {
    mockFetch({});
    renderButton(makeGame({ status: 'COMPLETED', can_edit: false }), 'host-1');
    expect(screen.getByRole('button', { name: 'Clone' })).toBeInTheDocument();
  });

  it('is offered to a bot manager who does not host the game', async () => {
    mockFetch({ 'GET /api/v1/guilds/guild-a': () => guild(true) });
    renderButton(makeGame({ can_edit: false }), 'manager-1');
    expect(await screen.findByRole('button', { name: 'Clone' })).toBeInTheDocument();
  });

  it('is not offered to a player', async () => {
    const requests = mockFetch({ 'GET /api/v1/guilds/guild-a': () => guild(false) });
    renderButton(makeGame({ can_edit: false }), 'player-1');
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Clone' })).not.toBeInTheDocument();
  });
});

describe('nextWeeklyStart', () => {
  it('moves a past start on by whole weeks until it lies ahead, and a future one by a week', () => {
    const now = dayjs('2030-01-20T12:00:00Z');
    expect(nextWeeklyStart('2030-01-01T19:00:00Z', now).toISOString()).toBe('2030-01-22T19:00:00.000Z');
    expect(nextWeeklyStart('2030-01-25T19:00:00Z', now).toISOString()).toBe('2030-02-01T19:00:00.000Z');
  });
});
