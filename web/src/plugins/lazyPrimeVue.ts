import type { App } from 'vue';
import type { AppComposer } from '../i18n/index.ts';

let host: Promise<{ app: App; i18n: Pick<AppComposer, 't'> }> | undefined;
let installing: Promise<void> | undefined;

/** The app PrimeVue is installed into, with its messages (still arriving when the app starts). */
export function hostPrimeVue(app: App, i18n: Promise<Pick<AppComposer, 't'>>): void {
  host = i18n.then((messages) => ({ app, i18n: messages }));
}

/**
 * Installs PrimeVue once: before a screen that uses its components opens, or when the browser is idle after a screen
 * behind the login (so the next screen opens at once). Should the chunk fail to arrive, the promise fails and the next call asks again.
 */
export function loadPrimeVue(): Promise<void> {
  if (!host) return Promise.reject(new Error('PrimeVue has no app to be installed into: call hostPrimeVue first.'));
  installing ??= Promise.all([host, import('./primevue.ts')]).then(
    ([{ app, i18n }, { installPrimeVue }]) => installPrimeVue(app, i18n),
    (error: unknown) => {
      installing = undefined;
      throw error;
    },
  );
  return installing;
}

/** Loads PrimeVue when the browser has nothing else to do; a failure is left for the next screen to retry. */
export function loadPrimeVueWhenIdle(): void {
  if (installing) return;
  const load = () => void loadPrimeVue().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 500);
}
