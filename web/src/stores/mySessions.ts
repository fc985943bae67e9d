import type { TrainingSession } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { isStillMine } from '../lib/training.ts';
import { useAuthStore } from './auth.ts';

/** How far back to look for sessions she gave that still wait for their attendance list. */
const LOOK_BACK_DAYS = 14;
const LIMIT = 50;

/** The sessions the user gives or is enrolled in that are still ahead of her (or still need her attendance list). */
export const useMySessionsStore = defineStore('mySessions', () => {
  const items = ref<TrainingSession[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<ApiError | null>(null);
  let loadId = 0;

  function reset(): void {
    loadId += 1;
    items.value = [];
    loading.value = false;
    loaded.value = false;
    error.value = null;
  }

  const auth = useAuthStore();
  watch(
    () => auth.user?.id,
    () => reset(),
  );

  async function load(now: Date = new Date()): Promise<void> {
    const current = ++loadId;
    loading.value = true;
    error.value = null;
    const from = new Date(now.getTime() - LOOK_BACK_DAYS * 24 * 60 * 60 * 1000).toISOString();
    try {
      const page = await sessionsApi.listTrainingSessions({ mine: true, status: 'planned', from, limit: LIMIT });
      if (current !== loadId) return;
      items.value = page.items.filter((session) => isStillMine(session, now));
      loaded.value = true;
    } catch (caught) {
      if (current === loadId) error.value = asApiError(caught);
    } finally {
      if (current === loadId) loading.value = false;
    }
  }

  return { items, loading, loaded, error, reset, load };
});
