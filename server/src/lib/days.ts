/** The calendar day (YYYY-MM-DD) at `at` in a time zone: an organisation's "today" is not UTC's. */
export function dayIn(timezone: string, at = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
