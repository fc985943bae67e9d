import type { Role } from '@ambassador/shared';
import type { RouteLocationRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (invitation, 404). */
    public?: boolean;
    /** Login and signup: a logged-in user is sent home instead. */
    guestOnly?: boolean;
    /** Roles allowed; children inherit it through meta merging. */
    roles?: Role[];
    /** i18n key of the page title. */
    titleKey?: string;
    /** `false`: its code is not fetched ahead when the browser is idle (see prefetchScreens.ts), only when opened. */
    prefetch?: boolean;
  }
}

export function homeFor(role: Role | null): RouteLocationRaw {
  if (role === 'ambassador') return { name: 'my-overview' };
  if (role === 'hr') return { name: 'dashboard' };
  if (role === 'admin') return { name: 'dashboard' };
  return { name: 'login' };
}

/** Only same-site paths: `//evil.example` or `https://…` would turn the login page into an open redirect. */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === '/login' || value.startsWith('/login?')) return null;
  return value;
}
