import 'primeicons/primeicons.css';
import './styles/base.css';
import './styles/plain-controls.css';
import { createAppPinia } from './pinia.ts';
import { createApp, type App as VueApp } from 'vue';
import App from './App.vue';
import {
  type AppComposer,
  createAppI18n,
  DEFAULT_LOCALE,
  initialLocale,
  loadAreaMessages,
  loadLocale,
  prefetchAreaMessages,
} from './i18n/index.ts';
import { createAppRouter } from './router/index.ts';
import { connectSession } from './session.ts';

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

let primeVue: Promise<void> | undefined;

/**
 * Installs PrimeVue once, before the first screen that needs a session opens: the login and signup pages do without
 * its components, theme and services, and so their first download does too. Should the chunk fail to arrive, the
 * navigation fails like a screen whose code did not arrive, and the next one asks again.
 */
function loadPrimeVue(app: VueApp, i18n: AppComposer): Promise<void> {
  primeVue ??= import('./plugins/primevue.ts').then(
    ({ installPrimeVue }) => installPrimeVue(app, i18n),
    (error: unknown) => {
      primeVue = undefined;
      throw error;
    },
  );
  return primeVue;
}

async function start(): Promise<void> {
  // Started first, so the messages arrive while the router restores the session and fetches the first page.
  const locale = startingLocale();
  const i18n = locale.then((chosen) => createAppI18n(chosen));
  const app = createApp(App);

  app.use(createAppPinia());

  const router = createAppRouter();
  connectSession(router);
  // The screens behind the login need their areas' messages and PrimeVue; the login page does without them. Should
  // the messages fail to arrive, the page still opens (with some untranslated labels) and the next navigation asks
  // again.
  router.beforeEach(async (to) => {
    if (to.meta.guestOnly) return;
    const { global } = await i18n;
    await Promise.all([loadAreaMessages(global).catch(() => undefined), loadPrimeVue(app, global)]);
  });
  if (!router.resolve(window.location.pathname).meta.guestOnly) {
    prefetchAreaMessages(initialLocale());
    void i18n.then(({ global }) => loadPrimeVue(app, global)).catch(() => undefined);
  }
  app.use(router);

  // The first screen renders in the chosen language: no flash of Dutch for someone who picked English.
  app.use(await i18n);
  app.mount('#app');
}

void start();
