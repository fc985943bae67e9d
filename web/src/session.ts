import type { Router } from 'vue-router';
import { configureSession } from './api/http.ts';
import { useAuthStore } from './stores/auth.ts';

/** Lets http.ts read and renew the in-memory token, and end the session when the refresh cookie is refused. */
export function connectSession(router: Router): void {
  const auth = useAuthStore();
  configureSession({
    getAccessToken: () => auth.accessToken,
    setAccessToken: (token) => auth.setAccessToken(token),
    onSessionExpired: () => {
      auth.clearSession();
      const current = router.currentRoute.value;
      if (current.meta.public || current.meta.guestOnly) return;
      void router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
    },
  });
}
