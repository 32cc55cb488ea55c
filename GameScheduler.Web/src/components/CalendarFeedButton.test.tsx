import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { renderWithProviders } from '../test/renderWithProviders';
import { CalendarFeedButton } from './CalendarFeedButton';

const firstUrl = 'https://games.example.org/api/v1/calendar/first.ics';
const secondUrl = 'https://games.example.org/api/v1/calendar/second.ics';

afterEach(() => vi.unstubAllGlobals());

describe('CalendarFeedButton', () => {
  it('shows the feed address and copies it to the clipboard', async () => {
    mockFetch({ 'GET /api/v1/users/me/calendar': () => jsonResponse({ feed_url: firstUrl }) });
    const user = userEvent.setup();
    renderWithProviders(<CalendarFeedButton />);

    await user.click(screen.getByRole('button', { name: 'Subscribe in your calendar' }));
    expect(await screen.findByRole('textbox', { name: 'Calendar address' })).toHaveValue(firstUrl);
    await user.click(screen.getByRole('button', { name: 'Copy address' }));

    expect(await navigator.clipboard.readText()).toBe(firstUrl);
    expect(await screen.findByText('Address copied.')).toBeInTheDocument();
  });

  it('resets the address after a confirmation and shows the new one', async () => {
    const requests = mockFetch({
      'GET /api/v1/users/me/calendar': () => jsonResponse({ feed_url: firstUrl }),
      'DELETE /api/v1/users/me/calendar': () => jsonResponse({ feed_url: secondUrl }),
    });
    renderWithProviders(<CalendarFeedButton />);

    await userEvent.click(screen.getByRole('button', { name: 'Subscribe in your calendar' }));
    await screen.findByRole('textbox', { name: 'Calendar address' });
    await userEvent.click(screen.getByRole('button', { name: 'Reset address' }));
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Calendar address' })).toHaveValue(secondUrl));
    const reset = requests.find((request) => request.method === 'DELETE');
    expect(reset?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
  });
});
