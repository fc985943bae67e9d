import type { Locale } from '@ambassador/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { isLocale, rememberLocale } from '../i18n/index.ts';

export function useLocale() {
  const { locale: i18nLocale } = useI18n({ useScope: 'global' });

  const locale = computed<Locale>(() => (isLocale(i18nLocale.value) ? i18nLocale.value : 'nl'));

  /** A choice made with the switch is remembered on this device. */
  function chooseLocale(next: Locale): void {
    i18nLocale.value = next;
    rememberLocale(next);
  }

  return { locale, chooseLocale };
}
