import type { Locale } from '@ambassador/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { isLocale, rememberLocale, switchLocale } from '../i18n/index.ts';

export function useLocale() {
  const i18n = useI18n({ useScope: 'global' });

  const locale = computed<Locale>(() => (isLocale(i18n.locale.value) ? i18n.locale.value : 'nl'));

  /**
   * A choice made with the switch is remembered on this device. A language not used yet is fetched first; the
   * switch takes effect once its messages are in.
   */
  async function chooseLocale(next: Locale): Promise<void> {
    rememberLocale(next);
    try {
      await switchLocale(i18n, next);
    } catch {
      // Offline, or a deploy replaced the chunk: the page stays in its language and the next visit starts in the
      // chosen one.
    }
  }

  return { locale, chooseLocale };
}
