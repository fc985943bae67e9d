import PrimeVue from 'primevue/config';
import type { App } from 'vue';
import type { AppComposer } from '../i18n/index.ts';
import { keepPrimeVueInLanguage } from '../i18n/primevue.ts';
import { AmbassadorPreset } from '../theme.ts';

/**
 * PrimeVue with the app's theme, in the user's language. Installed by `loadPrimeVue`
 * (lazyPrimeVue.ts): the login and signup pages, the layout and the first screen are plain HTML and do without it.
 */
export function installPrimeVue(app: App, i18n: Pick<AppComposer, 't'>): void {
  app.use(PrimeVue, { theme: { preset: AmbassadorPreset, options: { darkModeSelector: 'none' } } });
  keepPrimeVueInLanguage(app.config.globalProperties.$primevue.config, i18n);
}
