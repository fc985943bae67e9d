import { setActivePinia, type Pinia } from 'pinia';
import { createApp } from 'vue';
import { createAppPinia } from '../pinia.ts';

/** The app's pinia (plugins included), active for store tests. Pinia applies plugins only once it is in an app. */
export function useTestPinia(): Pinia {
  const pinia = createAppPinia();
  createApp({}).use(pinia);
  setActivePinia(pinia);
  return pinia;
}
