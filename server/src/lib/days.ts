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

/** A calendar day `days` days after `day` (both YYYY-MM-DD): across month ends and leap days as the calendar has them. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  at.setUTCFullYear(year, month - 1, date + days);
  // Years below 1000 keep four digits.
  return `${String(at.getUTCFullYear()).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}
