import type { CreateFindingBody, Finding, RoundSummary } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as findingsApi from '../api/findings.ts';
import { fetchAllPages } from '../api/pages.ts';
import * as roundsApi from '../api/roundAnswers.ts';
import { useLoader } from '../composables/useLoader.ts';

const MAX_ROUNDS = 200;

/**
 * What "Bevinding melden" and the board's round filter need: the rounds a finding can name (an ambassador's own, all
 * for an admin; never a draft, which nobody has been asked in yet), and raising the finding.
 */
export const useFindingsFormStore = defineStore('findingsForm', () => {
  const rounds = ref<RoundSummary[]>([]);
  const loaded = ref(false);
  const { loading, error, cancel, run } = useLoader();

  const roundOptions = computed(() => rounds.value.map((round) => ({ value: round.id, label: round.title })));

  function reset(): void {
    cancel();
    rounds.value = [];
    loaded.value = false;
  }

  async function loadRounds(): Promise<void> {
    await run(
      (signal) =>
        fetchAllPages((page) => roundsApi.listRounds(page, signal), {
          max: MAX_ROUNDS,
          signal,
        }),
      (list) => {
        rounds.value = list.items.filter((round) => round.status !== 'draft');
        loaded.value = true;
      },
    );
  }

  function create(body: CreateFindingBody): Promise<Finding> {
    return findingsApi.createFinding(body);
  }

  return { rounds, roundOptions, loaded, loading, error, reset, loadRounds, create };
});
