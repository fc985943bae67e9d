import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ConfirmDialog from 'primevue/confirmdialog';
import Toast from 'primevue/toast';
import ToastService from 'primevue/toastservice';
import type { App } from 'vue';
import type { AppComposer } from '../i18n/index.ts';
import { keepPrimeVueInLanguage } from '../i18n/primevue.ts';
import { AmbassadorPreset } from '../theme.ts';

/** The components that show the services' toasts and confirmations; the layout mounts them once PrimeVue is in. */
export { ConfirmDialog, Toast };

/**
 * PrimeVue with the app's theme, its toasts and confirmations, in the user's language. Installed by `loadPrimeVue`
 * (lazyPrimeVue.ts): the login and signup pages, the layout and the first screen are plain HTML and do without it.
 */
export function installPrimeVue(app: App, i18n: Pick<AppComposer, 't'>): void {
  app.use(PrimeVue, { theme: { preset: AmbassadorPreset, options: { darkModeSelector: 'none' } } });
  app.use(ToastService);
  app.use(ConfirmationService);
  keepPrimeVueInLanguage(app.config.globalProperties.$primevue.config, i18n);
}
