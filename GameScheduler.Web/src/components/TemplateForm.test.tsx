import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTemplate } from '../api/templates';
import type { TemplateInput } from '../api/types';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { renderWithProviders } from '../test/renderWithProviders';
import { TemplateForm } from './TemplateForm';
import { emptyTemplateForm, toTemplateInput } from './templateFormValues';

afterEach(() => vi.unstubAllGlobals());

describe('TemplateForm', () => {
  it('sends the locked settings, the roles to notify and the sign-up instructions', async () => {
    const requests = mockFetch({
      'GET /api/v1/guilds/guild-a/channels': () => jsonResponse([{ id: 'channel-1', name: 'games' }]),
      'GET /api/v1/guilds/guild-a/roles': () => jsonResponse([{ id: 'role-raiders', name: 'Raiders' }]),
      'POST /api/v1/guilds/guild-a/templates': () => jsonResponse({}, 201),
    });
    renderWithProviders(
      <TemplateForm
        guildId="guild-a"
        initialValues={{ ...emptyTemplateForm, name: 'Raid night', channel_id: 'channel-1', max_players: '8' }}
        onSubmit={(input: TemplateInput) => createTemplate('guild-a', input)}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    await userEvent.click(screen.getByRole('checkbox', { name: 'Lock the channel' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Lock the sign-up method' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Roles to notify' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Raiders' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Sign-up instructions' }), 'Bring flasks.');
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      locked_fields: ['channel_id', 'signup_method'],
      notify_role_ids: ['role-raiders'],
      signup_instructions: 'Bring flasks.',
      allowed_player_role_ids: [],
    });
  });

  it('sends the choice to move the announcement to an archive channel, its delay in minutes and the channel', async () => {
    const requests = mockFetch({
      'GET /api/v1/guilds/guild-a/channels': () =>
        jsonResponse([
          { id: 'channel-1', name: 'games' },
          { id: 'channel-2', name: 'archive' },
        ]),
      'GET /api/v1/guilds/guild-a/roles': () => jsonResponse([]),
      'POST /api/v1/guilds/guild-a/templates': () =>
        jsonResponse({ errors: { archive_channel_id: ['This channel was deleted on Discord.'] } }, 400),
    });
    renderWithProviders(
      <TemplateForm
        guildId="guild-a"
        initialValues={{ ...emptyTemplateForm, name: 'Raid night', channel_id: 'channel-1', max_players: '8' }}
        onSubmit={(input: TemplateInput) => createTemplate('guild-a', input)}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    expect(screen.queryByRole('combobox', { name: /Archive channel/ })).toBeNull();
    await userEvent.click(screen.getByRole('combobox', { name: 'After the game' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Move to archive channel' }));
    const delay = screen.getByRole('spinbutton', { name: 'Delay (hours)' });
    await userEvent.clear(delay);
    await userEvent.type(delay, '2');
    await userEvent.click(screen.getByRole('combobox', { name: /Archive channel/ }));
    await userEvent.click(await screen.findByRole('option', { name: '#archive' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText('This channel was deleted on Discord.')).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      after_game: 'archive',
      after_game_delay_minutes: 120,
      archive_channel_id: 'channel-2',
    });
  });

  it('sends the default rule of its games, from the same Repeats control as the game form', async () => {
    const requests = mockFetch({
      'GET /api/v1/guilds/guild-a/channels': () => jsonResponse([{ id: 'channel-1', name: 'games' }]),
      'GET /api/v1/guilds/guild-a/roles': () => jsonResponse([]),
      'POST /api/v1/guilds/guild-a/templates': () => jsonResponse({}, 201),
    });
    renderWithProviders(
      <TemplateForm
        guildId="guild-a"
        initialValues={{ ...emptyTemplateForm, name: 'Raid night', channel_id: 'channel-1', max_players: '8' }}
        onSubmit={(input: TemplateInput) => createTemplate('guild-a', input)}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    await userEvent.click(screen.getByRole('combobox', { name: 'Repeats' }));
    await userEvent.click(await screen.findByRole('option', { name: /Monthly on the last weekday of the start/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      recurrence: { frequency: 'monthly', interval: 1, by_weekday_of_month: -1, until: null, count: null },
    });
  });

  it('keeps the announcement by default', () => {
    expect(toTemplateInput(emptyTemplateForm)).toMatchObject({
      after_game: 'keep',
      after_game_delay_minutes: 1440,
      archive_channel_id: null,
      recurrence: null,
    });
  });
});
