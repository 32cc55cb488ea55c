import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../api/types';
import { calendarDayIn } from '../lib/calendarDay';
import { renderWithProviders } from '../test/renderWithProviders';
import { RecurrenceFields } from './RecurrenceFields';
import { fitToStart, noRecurrence, recurrenceFormValues, toRecurrence, type RecurrenceFormValues } from './recurrenceFormValues';

/** Fridays in Berlin: the 2nd of December 2030, the 4th and last, and the 5th (so the last) of January 2031. */
const secondFriday = calendarDayIn(new Date('2030-12-13T19:00:00Z'), 'Europe/Berlin');
const fourthAndLastFriday = calendarDayIn(new Date('2030-12-27T19:00:00Z'), 'Europe/Berlin');
const fifthFriday = calendarDayIn(new Date('2031-01-31T19:00:00Z'), 'Europe/Berlin');

const weekly: Recurrence = { frequency: 'weekly', interval: 1, by_weekday_of_month: null, until: null, count: null };

/** Renders the control with state of its own; `rule()` reads the rule it holds. */
function renderControl(start = secondFriday, initialValue: RecurrenceFormValues = noRecurrence) {
  let current = initialValue;
  function Control() {
    const [value, setValue] = useState(initialValue);
    current = value;
    return <RecurrenceFields idPrefix="game" value={value} start={start} onChange={setValue} />;
  }
  renderWithProviders(<Control />);
  return { rule: () => toRecurrence(current), touched: () => current.touched };
}

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('RecurrenceFields', () => {
  it('makes a weekly rule on the start’s weekday', async () => {
    const control = renderControl();
    expect(control.rule()).toBeNull();

    await choose('Repeats', 'Weekly on Friday');

    expect(control.rule()).toEqual(weekly);
    expect(control.touched()).toBe(true);
  });

  it('makes a rule every 2 weeks', async () => {
    const control = renderControl();
    await choose('Repeats', 'Weekly on Friday');

    const every = screen.getByRole('spinbutton', { name: 'Every' });
    await userEvent.clear(every);
    await userEvent.type(every, '2');

    expect(control.rule()).toEqual({ ...weekly, interval: 2 });
    expect(screen.getByText('weeks')).toBeInTheDocument();
  });

  it('makes a monthly rule on the 2nd Friday, offering no last Friday for a start early in the month', async () => {
    const control = renderControl(secondFriday);
    await userEvent.click(screen.getByRole('combobox', { name: 'Repeats' }));

    expect(optionNames()).toEqual([
      'Does not repeat',
      'Weekly on Friday',
      'Monthly on the 2nd Friday',
      'Monthly on the same date (the 13th)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Monthly on the 2nd Friday' }));

    expect(control.rule()).toEqual({ ...weekly, frequency: 'monthly', by_weekday_of_month: 2 });
  });

  it('offers the 4th and the last Friday for a start that is both, and makes the last', async () => {
    const control = renderControl(fourthAndLastFriday);
    await userEvent.click(screen.getByRole('combobox', { name: 'Repeats' }));

    expect(optionNames()).toContain('Monthly on the 4th Friday');
    await userEvent.click(screen.getByRole('option', { name: 'Monthly on the last Friday' }));

    expect(control.rule()).toEqual({ ...weekly, frequency: 'monthly', by_weekday_of_month: -1 });
  });

  it('offers only the last Friday for a start on a 5th Friday', async () => {
    renderControl(fifthFriday);
    await userEvent.click(screen.getByRole('combobox', { name: 'Repeats' }));

    expect(optionNames().filter((name) => name?.includes('Friday') && name.startsWith('Monthly'))).toEqual([
      'Monthly on the last Friday',
    ]);
  });

  it('makes a monthly rule on the start’s day of month', async () => {
    const control = renderControl();
    await choose('Repeats', 'Monthly on the same date (the 13th)');

    expect(control.rule()).toEqual({ ...weekly, frequency: 'monthly', by_weekday_of_month: null });
    expect(screen.getByText('months')).toBeInTheDocument();
  });

  it('ends on a date, through the whole of that day', async () => {
    const control = renderControl();
    await choose('Repeats', 'Weekly on Friday');
    await choose('Ends', 'On date');

    await userEvent.click(screen.getByRole('spinbutton', { name: 'Month' }));
    await userEvent.keyboard('03052031');

    expect(control.rule()).toEqual({ ...weekly, until: new Date(2031, 2, 5, 23, 59, 59, 999).toISOString() });
  });

  it('ends after a number of games', async () => {
    const control = renderControl();
    await choose('Repeats', 'Weekly on Friday');
    await choose('Ends', 'After N games');
    await userEvent.type(screen.getByRole('spinbutton', { name: /Number of games/ }), '10');

    expect(control.rule()).toEqual({ ...weekly, count: 10 });
  });

  it('makes no rule when set back to Does not repeat, and hides the rest', async () => {
    const control = renderControl(secondFriday, recurrenceFormValues({ ...weekly, count: 4 }));
    expect(screen.getByRole('combobox', { name: 'Ends' })).toHaveTextContent('After N games');

    await choose('Repeats', 'Does not repeat');

    expect(control.rule()).toBeNull();
    expect(screen.queryByRole('spinbutton', { name: 'Every' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Ends' })).toBeNull();
  });
});

describe('fitToStart', () => {
  it('moves a monthly weekday rule to the weekday the new start is, and keeps one that still fits', () => {
    const secondFridayRule = recurrenceFormValues({ ...weekly, frequency: 'monthly', by_weekday_of_month: 2 });
    const lastFridayRule = recurrenceFormValues({ ...weekly, frequency: 'monthly', by_weekday_of_month: -1 });

    expect(fitToStart(secondFridayRule, fourthAndLastFriday)).toMatchObject({ repeats: 'monthly-4', touched: true });
    expect(fitToStart(lastFridayRule, fifthFriday)).toBe(lastFridayRule);
    expect(fitToStart(lastFridayRule, secondFriday)).toMatchObject({ repeats: 'monthly-2', touched: true });
  });
});
