import type { MyHome } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as dashboardApi from '../api/dashboard.ts';
import { useLoader } from '../composables/useLoader.ts';

/** The ambassador's home: her next sessions, open rounds, content due, findings and recent activity. */
export const useMyHomeStore = defineStore('myHome', () => {
  const home = ref<MyHome | null>(null);
  const { loading, error, cancel, run } = useLoader();

  function reset(): void {
    cancel();
    home.value = null;
  }

  async function load(): Promise<void> {
    await run(
      (signal) => dashboardApi.getMyHome(signal),
      (answer) => (home.value = answer),
    );
  }

  return { home, loading, error, reset, load };
});
