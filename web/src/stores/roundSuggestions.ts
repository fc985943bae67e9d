import type { ParticipantSuggestionQuery, ParticipantSuggestions } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as roundsApi from '../api/feedbackRounds.ts';
import { useLoader } from '../composables/useLoader.ts';

export type Suggestion = ParticipantSuggestions['items'][number];

/** The builder's participant picker: the ambassadors a round could ask, as the last filter found them. */
export const useRoundSuggestionsStore = defineStore('roundSuggestions', () => {
  const items = ref<Suggestion[]>([]);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** The filter the shown items answer, so "add all" can say what it adds. */
  const query = ref<ParticipantSuggestionQuery>({});

  function reset(): void {
    cancel();
    items.value = [];
    loaded.value = false;
    query.value = {};
  }

  async function load(next: ParticipantSuggestionQuery): Promise<void> {
    await run(
      (signal) => roundsApi.listParticipantSuggestions(next, signal),
      (answer) => {
        items.value = answer.items;
        query.value = next;
        loaded.value = true;
      },
    );
  }

  return { items, query, loading, loaded, error, reset, load };
});
