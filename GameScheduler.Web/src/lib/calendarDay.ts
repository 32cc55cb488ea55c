/** The date an instant falls on in a time zone, as the Api reckons weekdays and days of month for a series. */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** "Friday" */
  weekday: string;
}

export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'long',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), weekday: part('weekday') };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 2 for the second Friday of its month. */
export const weekOfMonth = (date: CalendarDay) => Math.ceil(date.day / 7);

/** No later day of the month has the same weekday: the last Friday. */
export const isInLastWeekOfMonth = (date: CalendarDay) => date.day + 7 > daysInMonth(date.year, date.month);

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
