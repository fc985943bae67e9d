import { createPinia, type Pinia } from 'pinia';
import { resetOnLogout } from './plugins/resetOnLogout.ts';

/** The app's pinia, with its plugins. */
export function createAppPinia(): Pinia {
  const pinia = createPinia();
  pinia.use(resetOnLogout());
  return pinia;
}
