/** IANA zones the browser knows, with the current value kept even if this browser does not list it. */
export function timeZoneOptions(current: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/London', 'UTC'];
  }
  const all = new Set(zones);
  if (current) all.add(current);
  return [...all].sort((a, b) => a.localeCompare(b));
}
