import 'primeicons/primeicons.css';
import './styles/base.css';
import { createAppPinia } from './pinia.ts';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createApp } from 'vue';
import App from './App.vue';
import {
  createAppI18n,
  DEFAULT_LOCALE,
  initialLocale,
  loadAreaMessages,
  loadLocale,
  prefetchAreaMessages,
} from './i18n/index.ts';
import { createAppRouter } from './router/index.ts';
import { connectSession } from './session.ts';
import { AmbassadorPreset, loadWorkspaceTheme } from './theme.ts';

/** The language chosen on this device, its messages fetched when it is not the default; Dutch when that fails. */
async function startingLocale() {
  const locale = initialLocale();
  try {
    await loadLocale(locale);
    return locale;
  } catch {
    return DEFAULT_LOCALE;
  }
}

async function start(): Promise<void> {
  // Started first, so the messages arrive while the router restores the session and fetches the first page.
  const locale = startingLocale();
  const i18n = locale.then((chosen) => createAppI18n(chosen));
  const app = createApp(App);

  app.use(createAppPinia());
  app.use(PrimeVue, {
    theme: { preset: AmbassadorPreset, options: { darkModeSelector: 'none' } },
  });
  app.use(ToastService);
  app.use(ConfirmationService);

  const router = createAppRouter();
  connectSession(router);
  // The screens behind the login need their areas' messages and their components' styles; the login page does
  // without them. Should they fail to arrive, the page still opens (with some untranslated labels or unstyled parts)
  // and the next navigation asks again.
  router.beforeEach(async (to) => {
    if (to.meta.guestOnly) return;
    await Promise.all([
      loadAreaMessages((await i18n).global).catch(() => undefined),
      loadWorkspaceTheme().catch(() => undefined),
    ]);
  });
  if (!router.resolve(window.location.pathname).meta.guestOnly) {
    prefetchAreaMessages(initialLocale());
    void loadWorkspaceTheme().catch(() => undefined);
  }
  app.use(router);

  // The first screen renders in the chosen language: no flash of Dutch for someone who picked English.
  app.use(await i18n);
  app.mount('#app');
}

void start();
