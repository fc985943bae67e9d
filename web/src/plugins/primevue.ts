import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import type { App } from 'vue';
import type { AppComposer } from '../i18n/index.ts';
import { keepPrimeVueInLanguage } from '../i18n/primevue.ts';
import { AmbassadorPreset } from '../theme.ts';

/**
 * PrimeVue with the app's theme, its toasts and confirmations, in the user's language. Installed by the first screen
 * that needs a session (see `loadPrimeVue` in main.ts): the login and signup pages are plain HTML and do without it.
 */
export function installPrimeVue(app: App, i18n: Pick<AppComposer, 't'>): void {
  app.use(PrimeVue, { theme: { preset: AmbassadorPreset, options: { darkModeSelector: 'none' } } });
  app.use(ToastService);
  app.use(ConfirmationService);
  keepPrimeVueInLanguage(app.config.globalProperties.$primevue.config, i18n);
}
