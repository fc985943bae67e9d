import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { useAuthStore } from '../stores/auth.ts';
import { homeFor } from './meta.ts';
import { trackNavigation } from './progress.ts';
import { routes } from './routes.ts';

export { homeFor, safeRedirect } from './meta.ts';
export { isNavigating } from './progress.ts';

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  // First, so the progress bar counts the time the session guard below waits too.
  trackNavigation(router);

  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    // The first navigation waits for the session to be restored from the refresh cookie.
    await auth.bootstrap();

    if (to.meta.guestOnly) return auth.isAuthenticated ? homeFor(auth.role) : true;
    if (to.meta.public) return true;
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };

    const roles = to.meta.roles;
    if (roles && (auth.role === null || !roles.includes(auth.role))) return homeFor(auth.role);
    return true;
  });

  return router;
}
