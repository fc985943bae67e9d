import type { Dashboard, Phase } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as dashboardApi from '../api/dashboard.ts';
import { useLoader } from '../composables/useLoader.ts';
import { useOrganisationStore } from './organisation.ts';

/** The admin's and HR's dashboard: where the programme stands in its phase. */
export const useDashboardStore = defineStore('dashboard', () => {
  const dashboard = ref<Dashboard | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const changingPhase = ref(false);
  const organisation = useOrganisationStore();

  function reset(): void {
    cancel();
    dashboard.value = null;
    changingPhase.value = false;
  }

  async function load(): Promise<void> {
    await run(
      (signal) => dashboardApi.getDashboard(signal),
      (answer) => (dashboard.value = answer),
    );
  }

  /**
   * Admins only: moves the organisation to another phase (PATCH /organisation), then reloads the dashboard, whose
   * tiles follow the phase. Throws the ApiError for the caller to show.
   */
  async function changePhase(phase: Phase): Promise<void> {
    changingPhase.value = true;
    try {
      await organisation.save({ phase });
      if (dashboard.value) dashboard.value = { ...dashboard.value, phase };
    } finally {
      changingPhase.value = false;
    }
    await load();
  }

  return { dashboard, loading, error, changingPhase, reset, load, changePhase };
});
