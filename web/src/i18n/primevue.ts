import type { PrimeVueConfiguration } from 'primevue/config';
import { watchEffect } from 'vue';
import type { AppComposer } from './index.ts';

/** PrimeVue has its own (English) strings for paginator and dialog labels; keep them in the user's language. */
export function keepPrimeVueInLanguage(config: PrimeVueConfiguration, { t }: Pick<AppComposer, 't'>): void {
  watchEffect(() => {
    const locale = config.locale;
    if (!locale) return;
    locale.accept = t('primevue.accept');
    locale.reject = t('primevue.reject');
    locale.emptyMessage = t('primevue.emptyMessage');
    locale.emptyFilterMessage = t('primevue.emptyFilterMessage');
    locale.emptySearchMessage = t('primevue.emptySearchMessage');
    locale.aria = {
      ...locale.aria,
      // PrimeVue fills in `{page}` itself, so the placeholder is passed through untouched.
      pageLabel: t('primevue.pageLabel', { page: '{page}' }),
      firstPageLabel: t('primevue.firstPageLabel'),
      lastPageLabel: t('primevue.lastPageLabel'),
      nextPageLabel: t('primevue.nextPageLabel'),
      prevPageLabel: t('primevue.prevPageLabel'),
      rowsPerPageLabel: t('primevue.rowsPerPageLabel'),
      close: t('primevue.close'),
    };
  });
}
