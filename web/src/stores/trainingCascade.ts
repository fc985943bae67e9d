import type { TrainingCascade } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as reportsApi from '../api/training-reports.ts';
import { branchKeys, toTreeNodes } from '../lib/trainingCascade.ts';
import { useLoader } from '../composables/useLoader.ts';

export const useTrainingCascadeStore = defineStore('trainingCascade', () => {
  const cascade = ref<TrainingCascade | null>(null);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** Open branches, in PlainTreeTable's `{ key: true }` form. */
  const expandedKeys = ref<Record<string, boolean>>({});

  const roots = computed(() => toTreeNodes(cascade.value?.roots ?? []));
  const uncertified = computed(() => toTreeNodes(cascade.value?.uncertified ?? [], 'uncertified'));
  /** No train-the-trainer session completed yet: nobody certified anyone. */
  const noCascade = computed(() => loaded.value && roots.value.length === 0);

  function reset(): void {
    cancel();
    cascade.value = null;
    loaded.value = false;
    expandedKeys.value = {};
  }

  async function load(): Promise<void> {
    await run(
      () => reportsApi.getTrainingCascade(),
      (answer) => {
        const first = !loaded.value;
        cascade.value = answer;
        loaded.value = true;
        // At first the trainers of trainers are open, so the ambassadors they certified show.
        if (first) expandedKeys.value = Object.fromEntries(roots.value.map((node) => [node.key, true]));
      },
    );
  }

  function expandAll(): void {
    expandedKeys.value = Object.fromEntries(
      [...branchKeys(roots.value), ...branchKeys(uncertified.value)].map((key) => [key, true]),
    );
  }

  function collapseAll(): void {
    expandedKeys.value = {};
  }

  return {
    cascade,
    loading,
    loaded,
    error,
    expandedKeys,
    roots,
    uncertified,
    noCascade,
    reset,
    load,
    expandAll,
    collapseAll,
  };
});
