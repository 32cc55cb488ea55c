import dayjs, { type Dayjs } from 'dayjs';

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "2 days ago", "now" in the user's language. */
export function formatRelative(date: Date, now: Date): string {
  const difference = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, length] of units) {
    if (Math.abs(difference) >= length) return format.format(Math.round(difference / length), unit);
  }
  return format.format(0, 'minute');
}

/** Date and time in the user's own time zone. */
export function formatLocal(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `scheduledAt` moved on by whole weeks until it lies ahead of `now`: the next session of a weekly game. */
export function nextWeeklyStart(scheduledAt: string, now: Dayjs = dayjs()): Dayjs {
  const start = dayjs(scheduledAt);
  return start.add(Math.max(1, Math.ceil(now.diff(start, 'week', true))), 'week');
}

/** A date without its time, in the user's own time zone. */
export function formatLocalDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
}
