import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGame, updateGame } from '../api/games';
import type { Recurrence, Template } from '../api/types';
import { jsonResponse, mockFetch, problemResponse } from '../test/fetchMock';
import { makeGame } from '../test/gameFixture';
import { renderWithProviders } from '../test/renderWithProviders';
import { GameForm } from './GameForm';
import { applyTemplate, emptyGameForm, formValuesFromGame, type GameFormValues } from './gameFormValues';

const startsAt = dayjs('2030-12-01T19:00:00Z');

const filledIn: GameFormValues = {
  ...emptyGameForm,
  title: 'Friday raid',
  channel_id: 'channel-1',
  scheduled_at: startsAt,
  max_players: '0',
  reminder_minutes: '60, 15',
};

const template: Template = {
  id: 'template-1',
  guild_id: 'guild-a',
  name: 'Raid night',
  channel_id: 'channel-2',
  max_players: 8,
  duration_minutes: 180,
  reminder_minutes: [30],
  where: 'Voice 2',
  signup_method: 'HOST_SELECTED_WITH_WAITLIST',
  allowed_host_role_ids: [],
  allowed_player_role_ids: ['role-raiders'],
  notify_role_ids: ['role-raiders'],
  signup_instructions: 'Bring flasks.',
  locked_fields: [],
  after_game: 'keep',
  after_game_delay_minutes: 1440,
  archive_channel_id: null,
  recurrence: null,
  is_default: true,
  order: 0,
};

const channels = [
  { id: 'channel-1', name: 'games' },
  { id: 'channel-2', name: 'raids' },
];

const roles = [
  { id: 'role-raiders', name: 'Raiders' },
  { id: 'role-casuals', name: 'Casuals' },
];

const guild = (isBotManager: boolean) =>
  jsonResponse({ id: 'guild-a', name: 'Guild A', icon_url: null, is_bot_manager: isBotManager, bot_manager_role_ids: [] });

/** The lookups every game form makes, for a member who is (or is not) a bot manager. */
const formLookups = (isBotManager = false) => ({
  'GET /api/v1/guilds/guild-a': () => guild(isBotManager),
  'GET /api/v1/guilds/guild-a/channels': () => jsonResponse(channels),
  'GET /api/v1/guilds/guild-a/roles': () => jsonResponse(roles),
});

function renderForm(initialValues: GameFormValues, onSaved = vi.fn(), templates = [template]) {
  renderWithProviders(
    <GameForm
      guildId="guild-a"
      initialValues={initialValues}
      timeZone="Europe/Berlin"
      templates={templates}
      offerHost
      submitLabel="Create game"
      onSubmit={createGame}
      onSaved={onSaved}
    />,
  );
  return onSaved;
}

afterEach(() => vi.unstubAllGlobals());

describe('GameForm', () => {
  it('shows the Api’s validation messages beside their fields, and the rest above the form', async () => {
    mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () =>
        problemResponse(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            title: ['Title must be at most 200 characters.'],
            max_players: ['Max players must be between 1 and 100.'],
            scheduled_at: ['The scheduled time must be in the future.'],
            'reminder_minutes[1]': ['Reminders must be between 1 and 10080 minutes before the start.'],
            time_zone: ["Unknown time zone 'Europe/Berlin'."],
          },
        }),
    });
    renderForm(filledIn);

    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription('Title must be at most 200 characters.'),
    );
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('spinbutton', { name: /Max players/ })).toHaveAccessibleDescription(
      'Max players must be between 1 and 100.',
    );
    expect(screen.getByRole('textbox', { name: /Reminders/ })).toHaveAccessibleDescription(
      'Reminders must be between 1 and 10080 minutes before the start.',
    );
    expect(screen.getByRole('group', { name: /Start time/ })).toHaveAccessibleDescription(
      'The scheduled time must be in the future.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Unknown time zone 'Europe/Berlin'.");
  });

  it('clears a field’s message when that field changes', async () => {
    mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () =>
        problemResponse(400, { errors: { title: ['Title is required.'], max_players: ['Max players must be between 1 and 100.'] } }),
    });
    renderForm(filledIn);
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));
    const title = await screen.findByRole('textbox', { name: /Title/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription('Title is required.'));

    await userEvent.type(title, '!');

    expect(title).not.toHaveAccessibleDescription('Title is required.');
    expect(screen.getByRole('spinbutton', { name: /Max players/ })).toHaveAccessibleDescription(
      'Max players must be between 1 and 100.',
    );
  });

  it('sends the start time in UTC with the announcing time zone, and hands the created game on', async () => {
    const created = makeGame({ id: 'created' });
    const requests = mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () => jsonResponse(created, 201),
    });
    const onSaved = renderForm({ ...filledIn, max_players: '6' });

    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(post?.body).toMatchObject({
      guild_id: 'guild-a',
      channel_id: 'channel-1',
      title: 'Friday raid',
      scheduled_at: '2030-12-01T19:00:00.000Z',
      time_zone: 'Europe/Berlin',
      max_players: 6,
      reminder_minutes: [60, 15],
      template_id: null,
    });
  });

  it('fills in a template’s settings and keeps what the host wrote', async () => {
    const requests = mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () => jsonResponse(makeGame(), 201),
    });
    renderForm(filledIn);

    await userEvent.click(screen.getByRole('combobox', { name: /Template/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Raid night' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      title: 'Friday raid',
      template_id: 'template-1',
      channel_id: 'channel-2',
      max_players: 8,
      duration_minutes: 180,
      reminder_minutes: [30],
      where: 'Voice 2',
      signup_method: 'HOST_SELECTED_WITH_WAITLIST',
      allowed_player_role_ids: ['role-raiders'],
      notify_role_ids: ['role-raiders'],
      signup_instructions: 'Bring flasks.',
    });
  });

  it('sends the roles to notify, the roles that may join and the sign-up instructions', async () => {
    const requests = mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () => jsonResponse(makeGame(), 201),
    });
    renderForm({ ...filledIn, max_players: '6' });

    expect(screen.getByRole('combobox', { name: 'Roles that may join' })).toHaveAccessibleDescription(
      /Leave empty to let every member join\. Applies to every sign-up method/,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Roles to notify' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Casuals' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Roles that may join' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Raiders' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Sign-up instructions' }), 'Meet in voice.');
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    const body = requests.find((request) => request.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      notify_role_ids: ['role-casuals'],
      allowed_player_role_ids: ['role-raiders'],
      signup_instructions: 'Meet in voice.',
    });
    expect(body).not.toHaveProperty('host_user_id');
  });

  it('keeps the settings a template locked out of reach of a member who is no bot manager', async () => {
    mockFetch(formLookups(false));
    renderForm(filledIn, vi.fn(), [{ ...template, locked_fields: ['channel_id', 'signup_method'] }]);

    await userEvent.click(screen.getByRole('combobox', { name: /Template/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Raid night' }));

    expect(screen.getByRole('combobox', { name: /Channel/ })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('combobox', { name: /Sign-up$/ })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getAllByText('Locked by the template: only a bot manager can change it.')).toHaveLength(2);
    expect(screen.queryByRole('combobox', { name: 'Host' })).toBeNull();
  });

  it('lets a bot manager change locked settings and pick another member as the host', async () => {
    const requests = mockFetch({
      ...formLookups(true),
      'GET /api/v1/guilds/guild-a/members': () => jsonResponse([{ user_id: 'user-hana', display_name: 'Hana' }]),
      'POST /api/v1/games': () => jsonResponse(makeGame(), 201),
    });
    renderForm({ ...filledIn, max_players: '6' }, vi.fn(), [{ ...template, locked_fields: ['channel_id'] }]);

    await userEvent.type(await screen.findByRole('combobox', { name: 'Host' }), 'ha');
    await userEvent.click(await screen.findByRole('option', { name: 'Hana' }));
    await userEvent.click(screen.getByRole('combobox', { name: /Template/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Raid night' }));

    expect(screen.getByRole('combobox', { name: /Channel/ })).not.toHaveAttribute('aria-disabled');
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ host_user_id: 'user-hana' });
  });

  it('sends the post time in UTC', async () => {
    const requests = mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () => jsonResponse(makeGame(), 201),
    });
    renderForm({ ...filledIn, post_at: startsAt.subtract(2, 'day') });
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));

    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ post_at: '2030-11-29T19:00:00.000Z' });
  });

  it('sends no post time when the field is empty, and shows the Api’s post_at message beside it', async () => {
    const requests = mockFetch({
      ...formLookups(),
      'POST /api/v1/games': () => problemResponse(400, { errors: { post_at: ['The post time must be before the scheduled time.'] } }),
    });
    renderForm(filledIn);

    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    await waitFor(() =>
      expect(screen.getByRole('group', { name: /Post at/ })).toHaveAccessibleDescription('The post time must be before the scheduled time.'),
    );
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ post_at: null });
  });
});

const weekly: Recurrence = { frequency: 'weekly', interval: 1, by_weekday_of_month: null, until: null, count: null };

/** The body of the one request made with `method`. */
async function bodyOf(requests: Array<{ method: string; body: unknown }>, method: string) {
  await waitFor(() => expect(requests.some((request) => request.method === method)).toBe(true));
  return requests.find((request) => request.method === method)?.body as Record<string, unknown>;
}

describe('GameForm of a repeating game', () => {
  it('shows the template’s default rule and leaves it out of the request while Repeats is untouched', async () => {
    const requests = mockFetch({ ...formLookups(), 'POST /api/v1/games': () => jsonResponse(makeGame(), 201) });
    renderForm(applyTemplate(filledIn, { ...template, recurrence: weekly }));

    // The start, 1 December 2030 at 20:00 in Berlin, is a Sunday.
    expect(screen.getByRole('combobox', { name: 'Repeats' })).toHaveTextContent('Weekly on Sunday');
    expect(screen.getByRole('checkbox', { name: 'Carry over confirmed players' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    const body = await bodyOf(requests, 'POST');
    expect(body).not.toHaveProperty('recurrence');
    expect(body).toMatchObject({ carry_over_players: true, confirm_minutes_before: 1440 });
  });

  it('sends the chosen rule and the confirm-by time in minutes, and asks about carrying over only while repeating', async () => {
    const requests = mockFetch({ ...formLookups(), 'POST /api/v1/games': () => jsonResponse(makeGame(), 201) });
    renderForm(filledIn);
    expect(screen.queryByRole('checkbox', { name: 'Carry over confirmed players' })).toBeNull();

    await userEvent.click(screen.getByRole('combobox', { name: 'Repeats' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Monthly on the 1st Sunday' }));
    const confirmBy = screen.getByRole('spinbutton', { name: 'Confirm by (hours before start)' });
    await userEvent.clear(confirmBy);
    await userEvent.type(confirmBy, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Create game' }));

    expect(await bodyOf(requests, 'POST')).toMatchObject({
      recurrence: { ...weekly, frequency: 'monthly', by_weekday_of_month: 1 },
      carry_over_players: true,
      confirm_minutes_before: 720,
    });
  });

  it('hides the confirm-by time when players are not carried over', async () => {
    mockFetch(formLookups());
    renderForm({ ...filledIn, recurrence: { ...filledIn.recurrence, repeats: 'weekly' } });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Carry over confirmed players' }));

    expect(screen.queryByRole('spinbutton', { name: 'Confirm by (hours before start)' })).toBeNull();
  });
});

describe('GameForm editing a game of a series', () => {
  const repeatingGame = makeGame({ recurrence: weekly, series_id: 'game-1', can_edit: true });

  function renderEditForm() {
    const onSaved = vi.fn();
    renderWithProviders(
      <GameForm
        guildId="guild-a"
        initialValues={formValuesFromGame(repeatingGame)}
        timeZone="Europe/Berlin"
        inSeries
        submitLabel="Save changes"
        onSubmit={(input) => updateGame('game-1', input)}
        onSaved={onSaved}
      />,
    );
    return onSaved;
  }

  it('asks whether the change is for this game or this and later games, and sends the answer', async () => {
    const requests = mockFetch({ ...formLookups(), 'PUT /api/v1/games/game-1': () => jsonResponse(repeatingGame) });
    const onSaved = renderEditForm();

    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), '!');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const applyTo = await screen.findByRole('radiogroup', { name: 'Apply to' });
    expect(screen.getByRole('radio', { name: 'This and later games' })).toBeChecked();
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
    await userEvent.click(screen.getByRole('radio', { name: 'This game' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const body = await bodyOf(requests, 'PUT');
    expect(body).toMatchObject({ title: 'Friday raid!', apply_to: 'this_game' });
    expect(body).not.toHaveProperty('recurrence');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    await waitFor(() => expect(applyTo).not.toBeInTheDocument());
  });

  it('sends a changed rule for this and later games without asking', async () => {
    const requests = mockFetch({ ...formLookups(), 'PUT /api/v1/games/game-1': () => jsonResponse(repeatingGame) });
    renderEditForm();

    const every = screen.getByRole('spinbutton', { name: 'Every' });
    await userEvent.clear(every);
    await userEvent.type(every, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await bodyOf(requests, 'PUT')).toMatchObject({ recurrence: { ...weekly, interval: 2 }, apply_to: 'this_and_later' });
    expect(screen.queryByRole('radiogroup', { name: 'Apply to' })).toBeNull();
  });
});
