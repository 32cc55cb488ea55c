import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTemplate } from '../api/templates';
import type { TemplateInput } from '../api/types';
import { jsonResponse, mockFetch } from '../test/fetchMock';
import { renderWithProviders } from '../test/renderWithProviders';
import { TemplateForm } from './TemplateForm';
import { emptyTemplateForm } from './templateFormValues';

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
});
