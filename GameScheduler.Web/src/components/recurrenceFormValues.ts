import dayjs, { type Dayjs } from 'dayjs';
import type { Recurrence } from '../api/types';
import { isInLastWeekOfMonth, ordinal, weekOfMonth, type CalendarDay } from '../lib/calendarDay';

type WeekOfMonth = 1 | 2 | 3 | 4 | 5 | 'last';

/** The Repeats choice; "monthly-2" is the start's weekday in the 2nd week of the month (the 2nd Friday). */
export type RepeatsChoice = 'none' | 'weekly' | `monthly-${WeekOfMonth}` | 'monthly-date';

export type RecurrenceEnd = 'never' | 'until' | 'count';

/** What the Repeats control holds: numbers as typed, so the Api decides what is valid. */
export interface RecurrenceFormValues {
  repeats: RepeatsChoice;
  interval: string;
  ends: RecurrenceEnd;
  /** The last day a game may start on. */
  until: Dayjs | null;
  count: string;
  /** The user changed the rule; until then a new game takes its template's default. */
  touched: boolean;
}

export const noRecurrence: RecurrenceFormValues = {
  repeats: 'none',
  interval: '1',
  ends: 'never',
  until: null,
  count: '',
  touched: false,
};

function choiceOf(rule: Recurrence): RepeatsChoice {
  if (rule.frequency === 'weekly') return 'weekly';
  if (rule.by_weekday_of_month === null) return 'monthly-date';
  return rule.by_weekday_of_month === -1 ? 'monthly-last' : (`monthly-${rule.by_weekday_of_month}` as RepeatsChoice);
}

export function recurrenceFormValues(rule: Recurrence | null): RecurrenceFormValues {
  if (!rule) return noRecurrence;
  return {
    repeats: choiceOf(rule),
    interval: String(rule.interval),
    ends: rule.until ? 'until' : rule.count !== null ? 'count' : 'never',
    until: rule.until ? dayjs(rule.until) : null,
    count: rule.count === null ? '' : String(rule.count),
    touched: false,
  };
}

const weekOfChoice = (choice: RepeatsChoice): WeekOfMonth | undefined => {
  const match = /^monthly-(\d|last)$/.exec(choice);
  if (!match) return undefined;
  return match[1] === 'last' ? 'last' : (Number(match[1]) as WeekOfMonth);
};

export function toRecurrence(values: RecurrenceFormValues): Recurrence | null {
  if (values.repeats === 'none') return null;
  const week = weekOfChoice(values.repeats);
  return {
    frequency: values.repeats === 'weekly' ? 'weekly' : 'monthly',
    interval: Number(values.interval),
    by_weekday_of_month: week === undefined ? null : week === 'last' ? -1 : week,
    // Through the whole of the chosen day; an invalid date goes out as such, for the Api to name.
    until: values.ends === 'until' ? (values.until?.isValid() ? values.until.endOf('day').toISOString() : '') : null,
    count: values.ends === 'count' ? Number(values.count) : null,
  };
}

/**
 * The weekdays of the month a monthly series can fall on. With a start, those the start is: its week of the month up to
 * the 4th (a 5th only when already chosen), and "last" in the month's last seven days. Without one, any.
 */
function weeksOfMonth(start: CalendarDay | null, current: RepeatsChoice): WeekOfMonth[] {
  const chosen = weekOfChoice(current);
  if (!start) return chosen === 5 ? [1, 2, 3, 4, 5, 'last'] : [1, 2, 3, 4, 'last'];
  const week = weekOfMonth(start);
  const weeks: WeekOfMonth[] = week <= 4 || chosen === week ? [week as WeekOfMonth] : [];
  if (isInLastWeekOfMonth(start)) weeks.push('last');
  if (chosen !== undefined && !weeks.includes(chosen)) weeks.push(chosen);
  return weeks;
}

export function repeatsChoices(start: CalendarDay | null, current: RepeatsChoice): RepeatsChoice[] {
  return ['none', 'weekly', ...weeksOfMonth(start, current).map((week): RepeatsChoice => `monthly-${week}`), 'monthly-date'];
}

export function repeatsLabel(choice: RepeatsChoice, start: CalendarDay | null): string {
  if (choice === 'none') return 'Does not repeat';
  if (choice === 'weekly') return start ? `Weekly on ${start.weekday}` : 'Weekly';
  if (choice === 'monthly-date') return start ? `Monthly on the same date (the ${ordinal(start.day)})` : 'Monthly on the same date';
  const week = weekOfChoice(choice);
  const which = week === 'last' ? 'last' : ordinal(week ?? 1);
  return start ? `Monthly on the ${which} ${start.weekday}` : `Monthly on the ${which} weekday of the start (e.g. ${which} Friday)`;
}

/** After the start moved: a monthly weekday the new start is not becomes the one it is. */
export function fitToStart(values: RecurrenceFormValues, start: CalendarDay | null): RecurrenceFormValues {
  const week = weekOfChoice(values.repeats);
  if (!start || week === undefined) return values;
  const fits = week === 'last' ? isInLastWeekOfMonth(start) : week === weekOfMonth(start);
  if (fits) return values;
  const startWeek = weekOfMonth(start);
  const repeats: RepeatsChoice = startWeek <= 4 ? (`monthly-${startWeek}` as RepeatsChoice) : 'monthly-last';
  return { ...values, repeats, touched: true };
}
