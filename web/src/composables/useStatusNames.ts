import { useI18n } from 'vue-i18n';
import { AmbassadorStatuses } from '@ambassador/shared/constants';

/** Ambassador statuses in the user's language; an unknown value (a newer server) is shown as it is. */
export function useStatusNames() {
  const { t } = useI18n();

  function statusName(status: string): string {
    return (AmbassadorStatuses as readonly string[]).includes(status) ? t(`ambassadorStatus.${status}`) : status;
  }

  /** "Uitgenodigd, Onboarding of Afgewezen". */
  function statusList(statuses: readonly string[]): string {
    const names = statuses.map(statusName);
    if (names.length <= 1) return names.join('');
    return t('common.list', { items: names.slice(0, -1).join(', '), last: names.at(-1)! });
  }

  return { statusName, statusList };
}
