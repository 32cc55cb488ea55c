import type { Recurrence } from '../api/types';
import { ordinal, type CalendarDay } from './calendarDay';
import { formatLocalDate } from './time';

const dayOfSeries = (rule: Recurrence, start: CalendarDay): string => {
  if (rule.frequency === 'weekly') return `on ${start.weekday}`;
  if (rule.by_weekday_of_month === null) return `on the ${ordinal(start.day)}`;
  const week = rule.by_weekday_of_month === -1 ? 'last' : ordinal(rule.by_weekday_of_month);
  return `on the ${week} ${start.weekday}`;
};

const every = (rule: Recurrence): string => {
  const unit = rule.frequency === 'weekly' ? 'week' : 'month';
  return rule.interval === 1 ? `every ${unit}` : `every ${rule.interval} ${unit}s`;
};

const end = (rule: Recurrence): string => {
  if (rule.until) return ` until ${formatLocalDate(new Date(rule.until))}`;
  if (rule.count !== null) return `, ${rule.count} ${rule.count === 1 ? 'game' : 'games'} in all`;
  return '';
};

/** "Repeats every 2 weeks on Friday until 5 Mar 2031", the weekday and day of month being those of the start. */
export function describeRecurrence(rule: Recurrence, start: CalendarDay): string {
  return `Repeats ${every(rule)} ${dayOfSeries(rule, start)}${end(rule)}`;
}
