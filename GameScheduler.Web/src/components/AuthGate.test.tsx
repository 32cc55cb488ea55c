import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { renderWithProviders } from '../test/renderWithProviders';
import { AuthGate } from './AuthGate';

afterEach(() => vi.unstubAllGlobals());

describe('AuthGate', () => {
  it('offers the Discord login, coming back to the same page, when the session is missing', async () => {
    mockFetch({ 'GET /api/v1/auth/user': () => problemResponse(401, { title: 'Unauthorized' }) });

    renderWithProviders(<AuthGate>secret page</AuthGate>, undefined, '/guilds/42/games?page=2');

    const login = await screen.findByRole('link', { name: 'Log in with Discord' });
    expect(login).toHaveAttribute('href', '/api/v1/auth/login?return_to=%2Fguilds%2F42%2Fgames%3Fpage%3D2');
    expect(screen.queryByText('secret page')).toBeNull();
  });

  it('shows the page to a signed-in user', async () => {
    mockFetch({ 'GET /api/v1/auth/user': () => jsonResponse({ user: { id: '1', username: 'ada' }, guilds: [] }) });

    renderWithProviders(<AuthGate>secret page</AuthGate>);

    expect(await screen.findByText('secret page')).toBeInTheDocument();
  });

  it('offers a retry, not the login, when the Api fails', async () => {
    mockFetch({ 'GET /api/v1/auth/user': () => problemResponse(503, { title: 'Service Unavailable' }) });

    renderWithProviders(<AuthGate>secret page</AuthGate>);

    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log in with Discord' })).toBeNull();
  });
});
