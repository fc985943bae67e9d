import type { CreateRoundBody, Round, UpdateRoundBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as roundsApi from '../api/feedbackRounds.ts';
import { useLoader } from '../composables/useLoader.ts';

/** One round as an admin sees it (participants, coverage), and everything that changes it. */
export const useRoundDetailStore = defineStore('roundDetail', () => {
  const round = ref<Round | null>(null);
  const { loading, error, cancel, run } = useLoader();

  function reset(): void {
    cancel();
    round.value = null;
  }

  /** Another round starts empty, so its page never shows the last one's figures while it loads. */
  async function load(id: string): Promise<void> {
    if (round.value?.id !== id) round.value = null;
    await run(
      (signal) => roundsApi.getRound(id, signal),
      (answer) => (round.value = answer),
    );
  }

  function accept(saved: Round): Round {
    cancel();
    round.value = saved;
    return saved;
  }

  function requireId(): string {
    if (!round.value) throw new Error('No round loaded');
    return round.value.id;
  }

  /** Creates (no id) or changes a round; the answer holds the server's coverage of the participants. */
  async function save(body: CreateRoundBody | UpdateRoundBody, id?: string): Promise<Round> {
    const saved = id
      ? await roundsApi.updateRound(id, body as UpdateRoundBody)
      : await roundsApi.createRound(body as CreateRoundBody);
    return accept(saved);
  }

  async function open(): Promise<Round> {
    return accept(await roundsApi.openRound(requireId()));
  }

  async function close(): Promise<Round> {
    return accept(await roundsApi.closeRound(requireId()));
  }

  /** How many were reminded; their `remindedAt` comes with the reload. */
  async function remind(): Promise<number> {
    const id = requireId();
    const { reminded } = await roundsApi.remindRound(id);
    await load(id);
    return reminded;
  }

  /** The copy is a new draft; it is not loaded here (the page moves to it). */
  function copy(): Promise<Round> {
    return roundsApi.copyRound(requireId());
  }

  async function remove(): Promise<void> {
    await roundsApi.deleteRound(requireId());
    reset();
  }

  return { round, loading, error, reset, load, save, open, close, remind, copy, remove };
});
