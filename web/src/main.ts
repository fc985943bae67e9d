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
import { hostPrimeVue, loadPrimeVue, loadPrimeVueWhenIdle } from './plugins/lazyPrimeVue.ts';
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

async function start(): Promise<void> {
  // Started first, so the messages arrive while the router restores the session and fetches the first page.
  const locale = startingLocale();
  const i18n = locale.then((chosen) => createAppI18n(chosen));
  const app = createApp(App);
  hostPrimeVue(
    app,
    i18n.then(({ global }) => global),
  );

  app.use(createAppPinia());

  const router = createAppRouter();
  connectSession(router);
  // The screens behind the login need their areas' messages, and PrimeVue unless they are drawn without it (the
  // login page and the admin's first screen are). Should the messages fail to arrive, the page still opens (with some
  // untranslated labels) and the next navigation asks again; should PrimeVue, the navigation fails like a screen whose
  // code did not arrive.
  router.beforeEach(async (to) => {
    if (to.meta.guestOnly) return;
    const { global } = await i18n;
    await Promise.all([loadAreaMessages(global).catch(() => undefined), to.meta.plain ? undefined : loadPrimeVue()]);
  });
  // Once a screen behind the login is shown, PrimeVue comes while the browser is idle: the next screen opens at once.
  router.afterEach((to, _from, failure) => {
    if (!failure && !to.meta.guestOnly) loadPrimeVueWhenIdle();
  });
  if (!router.resolve(window.location.pathname).meta.guestOnly) prefetchAreaMessages(initialLocale());
  app.use(router);

  // The first screen renders in the chosen language: no flash of Dutch for someone who picked English.
  app.use(await i18n);
  app.mount('#app');
}

void start();
