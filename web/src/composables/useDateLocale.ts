import { usePrimeVue } from 'primevue/config';
import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { applyDateLocale } from '../lib/primevueLocale.ts';

/** Keeps PrimeVue's date pickers in the app's language: they follow every switch of the language. */
export function useDateLocale(): void {
  const primevue = usePrimeVue();
  const { locale } = useI18n({ useScope: 'global' });
  watchEffect(() => applyDateLocale(primevue.config, locale.value));
}
