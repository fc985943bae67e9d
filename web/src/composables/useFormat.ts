import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n/index.ts';
import { useAuthStore } from '../stores/auth.ts';

/** Dates in the user's language and the organisation's time zone (the one its schedules are planned in). */
export function useFormat() {
  const { locale } = useI18n();
  const auth = useAuthStore();

  function format(iso: string, options: Intl.DateTimeFormatOptions): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const timeZone = auth.organisation?.timezone;
    try {
      return new Intl.DateTimeFormat(intlLocale(locale.value), { ...options, timeZone }).format(date);
    } catch {
      // An unknown time zone name must not break the page; the browser's own zone is the next best.
      return new Intl.DateTimeFormat(intlLocale(locale.value), options).format(date);
    }
  }

  const dateTime = (iso: string) => format(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const date = (iso: string) => format(iso, { dateStyle: 'long' });

  /** A calendar day (YYYY-MM-DD) is the same day everywhere: no time zone may move it. */
  function calendarDate(day: string, style: 'long' | 'medium' | 'short' = 'long'): string {
    const parsed = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) return day;
    return new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: style, timeZone: 'UTC' }).format(parsed);
  }

  /** 33.3 → "33,3%" in Dutch, "33.3%" in English. */
  function percent(value: number): string {
    return new Intl.NumberFormat(intlLocale(locale.value), { style: 'percent', maximumFractionDigits: 1 }).format(
      value / 100,
    );
  }

  return { dateTime, date, calendarDate, percent };
}
