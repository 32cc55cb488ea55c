import { describe, expect, it } from 'vitest';
import { ApiError } from './http';
import { fieldOfErrorKey, problemMessages } from './problemFields';

const fields = ['title', 'max_players', 'reminder_minutes'] as const;

describe('fieldOfErrorKey', () => {
  it.each([
    ['title', 'title'],
    ['max_players', 'max_players'],
    ['$.max_players', 'max_players'],
    ['reminder_minutes[1]', 'reminder_minutes'],
    ['$.reminder_minutes[0]', 'reminder_minutes'],
    ['MaxPlayers', 'max_players'],
    ['host.user_id', 'host'],
  ])('maps %s to %s', (key, field) => expect(fieldOfErrorKey(key)).toBe(field));
});

describe('problemMessages', () => {
  it('puts each message beside its field and the rest on the form', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: {
        title: ['Title is required.'],
        '$.max_players': ['The JSON value could not be converted.'],
        MaxPlayers: ['Max players must be between 1 and 100.'],
        guild_id: ['Unknown guild.'],
      },
    });

    expect(problemMessages(error, fields)).toEqual({
      fieldErrors: {
        title: 'Title is required.',
        max_players: 'The JSON value could not be converted. Max players must be between 1 and 100.',
      },
      formErrors: ['Unknown guild.'],
    });
  });

  it('shows an error without field messages on the form', () => {
    const conflict = new ApiError(409, { title: 'Conflict', detail: 'The game has already started.' });

    expect(problemMessages(conflict, fields)).toEqual({ fieldErrors: {}, formErrors: ['The game has already started.'] });
    expect(problemMessages(new TypeError('Failed to fetch'), fields).formErrors).toEqual(['Failed to fetch']);
  });

  it('has nothing to show without an error', () => {
    expect(problemMessages(null, fields)).toEqual({ fieldErrors: {}, formErrors: [] });
  });
});
