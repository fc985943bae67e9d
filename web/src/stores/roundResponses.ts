import type { RoundResponses } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as roundsApi from '../api/feedbackRounds.ts';
import { useLoader } from '../composables/useLoader.ts';

export type RoundResponse = RoundResponses['items'][number];

/** Every participant's answers to a round that is not anonymous, as an admin reads them. */
export const useRoundResponsesStore = defineStore('roundResponses', () => {
  const roundId = ref<string | null>(null);
  const items = ref<RoundResponse[]>([]);
  /** The answers of `roundId` are in: until then an empty list means "not loaded", not "nobody answered". */
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();

  function reset(): void {
    cancel();
    roundId.value = null;
    items.value = [];
    loaded.value = false;
  }

  /** Another round starts empty, so its answers never show under the last one's while they load. */
  async function load(id: string): Promise<void> {
    if (roundId.value !== id) {
      roundId.value = id;
      items.value = [];
      loaded.value = false;
    }
    await run(
      (signal) => roundsApi.listRoundResponses(id, signal),
      (answer) => {
        items.value = answer.items;
        loaded.value = true;
      },
    );
  }

  return { roundId, items, loaded, loading, error, reset, load };
});
