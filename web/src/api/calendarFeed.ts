import type { CalendarFeed } from '@ambassador/shared';
import { http } from './http.ts';

/** The user's own secret iCalendar address, made on the first ask. */
export const getCalendarFeed = () => http.get<CalendarFeed>('/calendar/feed');

/** A new secret address; the old one stops working. */
export const renewCalendarFeed = () => http.post<CalendarFeed>('/calendar/feed');
