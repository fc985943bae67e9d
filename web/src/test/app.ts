import type { MeResponse } from '@ambassador/shared';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../i18n/index.ts';
import { routes } from '../router/routes.ts';
import { useAuthStore } from '../stores/auth.ts';
import { useTestPinia } from './pinia.ts';

/**
 * Everything a view needs (pinia, i18n in Dutch, the real route table) without the session
 * guard, so a test decides who is logged in.
 */
export async function mountInApp<C extends Component>(
  component: C,
  options: { path?: string; me?: MeResponse; mount?: ComponentMountingOptions<C> } = {},
) {
  const pinia = useTestPinia();
  const auth = useAuthStore();
  if (options.me) {
    auth.setAccessToken('test-token');
    auth.user = options.me.user;
    auth.organisation = options.me.organisation;
    auth.employee = options.me.employee ?? null;
    auth.ambassador = options.me.ambassador ?? null;
  }
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(options.path ?? '/');
  const i18n = createAppI18n('nl');

  const wrapper = mount(component, {
    attachTo: document.body,
    ...options.mount,
    global: {
      plugins: [pinia, i18n, router],
      ...options.mount?.global,
    },
  } as ComponentMountingOptions<C>);
  return { wrapper, router, auth, i18n };
}
