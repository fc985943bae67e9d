import type { RouteRecordNormalized, Router } from 'vue-router';

type Loader = () => Promise<unknown>;

/** The lazy components of the routes, but for those marked `meta.prefetch: false`. */
function screenLoaders(records: RouteRecordNormalized[]): Loader[] {
  const loaders = records
    .filter((record) => record.meta.prefetch !== false)
    .map((record) => record.components?.default)
    .filter((component): component is Loader => typeof component === 'function');
  return [...new Set(loaders)];
}

/**
 * The code of the screens behind the login is one file (web/build/chunks.ts), otherwise fetched on the first move away
 * from a start screen. Once a screen behind the login is shown, this fetches it while the browser is idle, so that
 * move is instant too. Not with the browser's Save-Data on, and not for routes with `meta.prefetch: false` (the
 * calendar, whose own 100 KiB come when it opens). A failed fetch is left to the navigation that needs it.
 */
export function prefetchScreensWhenIdle(router: Router): void {
  let started = false;
  router.afterEach((to, _from, failure) => {
    if (started || failure || to.meta.public || to.meta.guestOnly) return;
    started = true;
    if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
    const load = () => {
      for (const loader of screenLoaders(router.getRoutes())) void loader().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
    else setTimeout(load, 500);
  });
}
