import { apiRequest } from './http';

export interface CalendarFeed {
  feed_url: string;
}

const path = '/api/v1/users/me/calendar';

/** The secret address of the signed-in user's calendar feed, made on first use. */
export const getCalendarFeed = (signal?: AbortSignal) => apiRequest<CalendarFeed>(path, { signal });

/** A new address; the old one stops working at once. */
export const resetCalendarFeed = () => apiRequest<CalendarFeed>(path, { method: 'DELETE' });
