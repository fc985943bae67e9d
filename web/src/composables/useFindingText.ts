import { FindingCategories, FindingStatuses } from '@ambassador/shared/constants';
import { useI18n } from 'vue-i18n';

/** Finding statuses and categories in the user's language; an unknown value (a newer server) shows as it is. */
export function useFindingText() {
  const { t } = useI18n();

  function statusName(status: string): string {
    return (FindingStatuses as readonly string[]).includes(status) ? t(`findings.status.${status}`) : status;
  }

  function categoryName(category: string | null): string {
    if (category === null) return t('findings.card.noCategory');
    return (FindingCategories as readonly string[]).includes(category) ? t(`findings.category.${category}`) : category;
  }

  /** "Gepland, Niet doen of Dubbel". */
  function statusList(statuses: readonly string[]): string {
    const names = statuses.map(statusName);
    if (names.length <= 1) return names.join('');
    return t('common.list', { items: names.slice(0, -1).join(', '), last: names.at(-1)! });
  }

  /** Whole days since `iso`, at least 0. */
  function ageInDays(iso: string, now: Date = new Date()): number {
    const then = new Date(iso).getTime();
    if (Number.isNaN(then)) return 0;
    return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
  }

  function age(iso: string, now?: Date): string {
    const days = ageInDays(iso, now);
    return t('findings.age', { count: days }, days);
  }

  return { statusName, categoryName, statusList, age, ageInDays };
}
