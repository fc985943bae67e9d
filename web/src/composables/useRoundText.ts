import { QuestionKinds, RoundPurposes, RoundStatuses } from '@ambassador/shared/constants';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../i18n/index.ts';
import { useFormat } from './useFormat.ts';

/** Names and figures of feedback rounds in the user's language; an unknown value (a newer server) shows as it is. */
export function useRoundText() {
  const { t, locale } = useI18n();
  const { dateTime, percent } = useFormat();

  const named = (list: readonly string[], prefix: string) => (value: string) =>
    list.includes(value) ? t(`${prefix}.${value}`) : value;

  const purposeName = named(RoundPurposes, 'rounds.purpose');
  const statusName = named(RoundStatuses, 'rounds.status');
  const kindName = named(QuestionKinds, 'rounds.kind');

  /** A count, grouped the local way (1.234 in Dutch, 1,234 in English). */
  function count(value: number): string {
    return new Intl.NumberFormat(intlLocale(locale.value)).format(value);
  }

  /** A mean to one decimal: 3,7 in Dutch, 3.7 in English. */
  function mean(value: number | null | undefined): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    return new Intl.NumberFormat(intlLocale(locale.value), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  }

  /** "3 van 8 (38%)". */
  function share(part: number, whole: number): string {
    const pct = whole > 0 ? percent(Math.round((part / whole) * 1000) / 10) : percent(0);
    return t('rounds.share', { part: count(part), whole: count(whole), percent: pct });
  }

  /** "1 mrt. 2026 09:00 – 15 mrt. 2026 17:00", one end or nothing. */
  function period(opensAt: string | null, closesAt: string | null): string {
    if (opensAt && closesAt) return `${dateTime(opensAt)} – ${dateTime(closesAt)}`;
    if (opensAt) return t('rounds.opensFrom', { date: dateTime(opensAt) });
    if (closesAt) return t('rounds.closesBy', { date: dateTime(closesAt) });
    return t('rounds.noDates');
  }

  return { purposeName, statusName, kindName, count, mean, share, period, dateTime };
}
