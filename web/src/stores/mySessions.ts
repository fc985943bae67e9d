import type { TrainingSession } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { isStillMine } from '../lib/training.ts';
import { useLoader } from '../composables/useLoader.ts';

/** How far back to look for sessions she gave that still wait for their attendance list. */
const LOOK_BACK_DAYS = 14;
const LIMIT = 50;

/** The sessions the user gives or is enrolled in that are still ahead of her (or still need her attendance list). */
export const useMySessionsStore = defineStore('mySessions', () => {
  const items = ref<TrainingSession[]>([]);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);

  function reset(): void {
    cancel();
    items.value = [];
    loaded.value = false;
  }

  async function load(now: Date = new Date()): Promise<void> {
    const from = new Date(now.getTime() - LOOK_BACK_DAYS * 24 * 60 * 60 * 1000).toISOString();
    await run(
      () => sessionsApi.listTrainingSessions({ mine: true, status: 'planned', from, limit: LIMIT }),
      (page) => {
        items.value = page.items.filter((session) => isStillMine(session, now));
        loaded.value = true;
      },
    );
  }

  return { items, loading, loaded, error, reset, load };
});
