import 'primeicons/primeicons.css';
import './styles/base.css';
import './styles/plain-controls.css';
import { createAppPinia } from './pinia.ts';
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
import { prefetchScreensWhenIdle } from './router/prefetchScreens.ts';
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

async function start(): Promise<void> {
  // Started first, so the messages arrive while the router restores the session and fetches the first page.
  const locale = startingLocale();
  const i18n = locale.then((chosen) => createAppI18n(chosen));
  const app = createApp(App);

  app.use(createAppPinia());

  const router = createAppRouter();
  connectSession(router);
  // The screens behind the login need their areas' messages. Should they fail to arrive, the page still opens (with
  // some untranslated labels) and the next navigation asks again.
  router.beforeEach(async (to) => {
    if (to.meta.guestOnly) return;
    const { global } = await i18n;
    await loadAreaMessages(global).catch(() => undefined);
  });
  prefetchScreensWhenIdle(router);
  if (!router.resolve(window.location.pathname).meta.guestOnly) prefetchAreaMessages(initialLocale());
  app.use(router);

  // The first screen renders in the chosen language: no flash of Dutch for someone who picked English.
  app.use(await i18n);
  app.mount('#app');
}

void start();
