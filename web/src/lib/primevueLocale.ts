import type { Locale } from '@ambassador/shared';
import type { PrimeVueLocaleOptions } from '@primevue/core/config';

/**
 * The calendar words and formats of PrimeVue's DatePicker per app language, so a date reads as the organisation
 * writes it (10-03-2026 in Dutch, 10/03/2026 in British English, both on a 24-hour clock) whatever the browser's own
 * language is. PrimeVue's `yy` is a four-digit year.
 */
type DateLocale = Pick<
  PrimeVueLocaleOptions,
  | 'dayNames'
  | 'dayNamesShort'
  | 'dayNamesMin'
  | 'monthNames'
  | 'monthNamesShort'
  | 'firstDayOfWeek'
  | 'dateFormat'
  | 'today'
  | 'clear'
  | 'weekHeader'
  | 'chooseDate'
  | 'chooseMonth'
  | 'chooseYear'
  | 'prevMonth'
  | 'nextMonth'
  | 'prevYear'
  | 'nextYear'
  | 'prevDecade'
  | 'nextDecade'
  | 'prevHour'
  | 'nextHour'
  | 'prevMinute'
  | 'nextMinute'
  | 'am'
  | 'pm'
>;

export const DATE_LOCALES: Record<Locale, DateLocale> = {
  nl: {
    dayNames: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    dayNamesShort: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    dayNamesMin: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    monthNames: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    monthNamesShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    firstDayOfWeek: 1,
    dateFormat: 'dd-mm-yy',
    today: 'Vandaag',
    clear: 'Wissen',
    weekHeader: 'Wk',
    chooseDate: 'Kies een datum',
    chooseMonth: 'Kies een maand',
    chooseYear: 'Kies een jaar',
    prevMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    prevYear: 'Vorig jaar',
    nextYear: 'Volgend jaar',
    prevDecade: 'Vorig decennium',
    nextDecade: 'Volgend decennium',
    prevHour: 'Vorig uur',
    nextHour: 'Volgend uur',
    prevMinute: 'Vorige minuut',
    nextMinute: 'Volgende minuut',
    am: 'AM',
    pm: 'PM',
  },
  en: {
    dayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    dayNamesShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    dayNamesMin: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
    monthNames: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthNamesShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    // The Netherlands' week starts on Monday in either language.
    firstDayOfWeek: 1,
    dateFormat: 'dd/mm/yy',
    today: 'Today',
    clear: 'Clear',
    weekHeader: 'Wk',
    chooseDate: 'Choose a date',
    chooseMonth: 'Choose a month',
    chooseYear: 'Choose a year',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevDecade: 'Previous decade',
    nextDecade: 'Next decade',
    prevHour: 'Previous hour',
    nextHour: 'Next hour',
    prevMinute: 'Previous minute',
    nextMinute: 'Next minute',
    am: 'AM',
    pm: 'PM',
  },
};

/** Both languages keep the 24-hour clock; no AM/PM. */
export const HOUR_FORMAT = '24';

/** Puts the language's calendar words and formats into PrimeVue's locale, keeping what else is set there. */
export function applyDateLocale(config: { locale?: PrimeVueLocaleOptions }, locale: string): void {
  const parts = DATE_LOCALES[locale === 'en' ? 'en' : 'nl'];
  if (config.locale) Object.assign(config.locale, parts);
  else config.locale = { ...parts } as PrimeVueLocaleOptions;
}

/** `YYYY-MM-DD` ↔ a Date at local midnight, as DatePicker holds it. */
export function dateFromIso(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export function isoFromDate(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `HH:MM` ↔ a Date today at that time, as DatePicker's time-only mode holds it. */
export function timeFromText(time: string): Date | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const date = new Date();
  date.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return date;
}

export function textFromTime(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
