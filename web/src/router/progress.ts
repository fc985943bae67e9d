import { readonly, ref } from 'vue';
import type { Router } from 'vue-router';

const navigating = ref(false);

/** True while a navigation runs its guards and fetches its route's code (the first one: the session too). */
export const isNavigating = readonly(navigating);

/**
 * Follows the router's navigations. Only the latest one counts: a navigation cancelled by a newer one, or
 * redirected, ends with that newer one.
 */
export function trackNavigation(router: Router): void {
  let latest: string | null = null;
  router.beforeEach((to) => {
    latest = to.fullPath;
    navigating.value = true;
  });
  const finish = (fullPath: string) => {
    if (fullPath === latest) navigating.value = false;
  };
  router.afterEach((to) => finish(to.fullPath));
  router.onError((_error, to) => finish(to.fullPath));
}
