import type { AnswerValue, MyResponse, Round } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { asApiError } from '../api/http.ts';
import * as roundsApi from '../api/roundAnswers.ts';
import { useLoader } from '../composables/useLoader.ts';
import {
  clearDraft,
  isAnswerable,
  readDraft,
  toAnswers,
  toDraft,
  writeDraft,
  type DraftAnswers,
} from '../lib/roundAnswers.ts';
import { useAuthStore } from './auth.ts';

/** Why she cannot answer a round she can see: it has not opened yet, or she was not asked. */
export type AnswerBlock = 'round_not_open' | 'not_a_participant';

/**
 * One round as its participant answers it: the questions, her sent answers, and the answers on screen. Unsent
 * answers are kept on the device (localStorage, by user and round) until they are sent.
 */
export const useRoundAnswerStore = defineStore('roundAnswer', () => {
  const auth = useAuthStore();
  const round = ref<Round | null>(null);
  const response = ref<MyResponse | null>(null);
  const answers = ref<DraftAnswers>({});
  const blocked = ref<AnswerBlock | null>(null);
  /** The answers on screen came from a draft on this device, not from what she sent. */
  const restoredDraft = ref(false);
  const saving = ref(false);
  const { loading, error, cancel, run } = useLoader();

  const answerable = computed(() => !!round.value && blocked.value === null && isAnswerable(round.value));
  const responded = computed(() => !!response.value?.respondedAt);

  function reset(): void {
    cancel();
    round.value = null;
    response.value = null;
    answers.value = {};
    blocked.value = null;
    restoredDraft.value = false;
    saving.value = false;
  }

  const userId = () => auth.user?.id ?? null;

  function forgetDraft(roundId: string): void {
    const user = userId();
    if (user) clearDraft(user, roundId);
    restoredDraft.value = false;
  }

  async function load(id: string): Promise<void> {
    if (round.value?.id !== id) {
      round.value = null;
      response.value = null;
      answers.value = {};
      blocked.value = null;
    }
    await run(
      async (signal) => {
        const loadedRound = await roundsApi.getRound(id, signal);
        try {
          return { loadedRound, mine: await roundsApi.getMyResponse(id, signal), block: null };
        } catch (caught) {
          const failure = asApiError(caught);
          if (failure.code === 'round_not_open' || failure.code === 'not_a_participant') {
            return { loadedRound, mine: null, block: failure.code as AnswerBlock };
          }
          throw failure;
        }
      },
      ({ loadedRound, mine, block }) => {
        round.value = loadedRound;
        response.value = mine;
        blocked.value = block;
        const user = userId();
        const kept = user && block === null ? readDraft(user, id) : null;
        if (kept && isAnswerable(loadedRound)) {
          answers.value = toDraft(loadedRound.questions, kept);
          restoredDraft.value = true;
        } else {
          // A closed round takes no answers any more: a draft of it is of no use.
          if (kept) forgetDraft(id);
          answers.value = toDraft(loadedRound.questions, mine?.answers ?? []);
          restoredDraft.value = false;
        }
      },
    );
  }

  function setAnswer(questionId: string, value: AnswerValue | undefined): void {
    const next = { ...answers.value };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    answers.value = next;
    const user = userId();
    if (user && round.value && answerable.value) writeDraft(user, round.value.id, next);
  }

  /** Back to what she sent (or to nothing), dropping the draft on this device. */
  function discardDraft(): void {
    if (!round.value) return;
    forgetDraft(round.value.id);
    answers.value = toDraft(round.value.questions, response.value?.answers ?? []);
  }

  /** The answers that go to the server now; the view maps a refusal's field errors back with them. */
  const outgoing = computed(() => (round.value ? toAnswers(round.value.questions, answers.value) : []));

  /**
   * Sends the answers on screen. A refusal is rethrown for the view to place; `round_closed` also turns the round
   * read-only and drops the draft.
   */
  async function send(): Promise<MyResponse> {
    const current = round.value;
    if (!current) throw new Error('No round loaded');
    saving.value = true;
    try {
      const saved = await roundsApi.saveMyResponse(current.id, { answers: outgoing.value });
      response.value = saved;
      forgetDraft(current.id);
      answers.value = toDraft(current.questions, saved.answers);
      return saved;
    } catch (caught) {
      const failure = asApiError(caught);
      if (failure.code === 'round_closed' && round.value?.id === current.id) {
        round.value = { ...current, status: 'closed' };
        forgetDraft(current.id);
        answers.value = toDraft(current.questions, response.value?.answers ?? []);
      }
      if (failure.code === 'round_not_open' || failure.code === 'not_a_participant') blocked.value = failure.code;
      throw failure;
    } finally {
      saving.value = false;
    }
  }

  return {
    round,
    response,
    answers,
    blocked,
    restoredDraft,
    saving,
    loading,
    error,
    answerable,
    responded,
    outgoing,
    reset,
    load,
    setAnswer,
    discardDraft,
    send,
  };
});
