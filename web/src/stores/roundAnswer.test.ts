import { nextTick } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as roundsApi from '../api/roundAnswers.ts';
import { ApiError } from '../lib/apiError.ts';
import { draftKey } from '../lib/roundAnswers.ts';
import { myResponse, round, roundId } from '../test/feedbackFixtures.ts';
import { meFor } from '../test/fixtures.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useAuthStore } from './auth.ts';
import { useRoundAnswerStore } from './roundAnswer.ts';

vi.mock('../api/roundAnswers.ts');
const api = vi.mocked(roundsApi);

const anna = meFor('ambassador', '6f1c2d3e-0000-4000-8000-0000000000a1');
const bram = meFor('ambassador', '6f1c2d3e-0000-4000-8000-0000000000a2');

/** Logs in and lets the reset-on-logout plugin see the new user before anything loads. */
async function logIn(me = anna) {
  const auth = useAuthStore();
  auth.setAccessToken('token');
  auth.user = me.user;
  auth.organisation = me.organisation;
  await nextTick();
}

beforeEach(() => {
  vi.resetAllMocks();
  localStorage.clear();
  useTestPinia();
  api.getRound.mockResolvedValue(round());
  api.getMyResponse.mockResolvedValue(
    myResponse({ answers: [{ questionId: 'q-rating', value: 3 }], respondedAt: '2026-03-04T10:00:00.000Z' }),
  );
});

describe('round answer store', () => {
  it('shows what she sent when there is no draft', async () => {
    await logIn();
    const store = useRoundAnswerStore();

    await store.load(roundId(1));

    expect(store.answers).toEqual({ 'q-rating': 3 });
    expect(store.responded).toBe(true);
    expect(store.restoredDraft).toBe(false);
  });

  it("keeps each user's draft apart, and only the answers", async () => {
    await logIn(anna);
    const store = useRoundAnswerStore();
    await store.load(roundId(1));
    store.setAnswer('q-yes-no', true);

    expect(JSON.parse(localStorage.getItem(draftKey(anna.user.id, roundId(1)))!)).toEqual({
      answers: { 'q-rating': 3, 'q-yes-no': true },
    });

    await logIn(bram);
    await store.load(roundId(1));
    expect(store.answers).toEqual({ 'q-rating': 3 });
    expect(store.restoredDraft).toBe(false);
  });

  it('drops draft answers to questions the round no longer has', async () => {
    await logIn();
    localStorage.setItem(
      draftKey(anna.user.id, roundId(1)),
      JSON.stringify({ answers: { 'q-rating': 5, 'q-gone': 'x', 'q-choice': 'Niet meer een optie' } }),
    );
    const store = useRoundAnswerStore();

    await store.load(roundId(1));

    expect(store.answers).toEqual({ 'q-rating': 5 });
    expect(store.restoredDraft).toBe(true);
  });

  it('clears the draft after a send, and keeps it when the send is refused', async () => {
    await logIn();
    const store = useRoundAnswerStore();
    await store.load(roundId(1));
    store.setAnswer('q-yes-no', false);
    const key = draftKey(anna.user.id, roundId(1));

    api.saveMyResponse.mockRejectedValueOnce(new ApiError({ status: 400, code: 'validation_failed' }));
    await expect(store.send()).rejects.toMatchObject({ code: 'validation_failed' });
    expect(localStorage.getItem(key)).not.toBeNull();

    api.saveMyResponse.mockResolvedValueOnce(
      myResponse({
        answers: [
          { questionId: 'q-rating', value: 3 },
          { questionId: 'q-yes-no', value: false },
        ],
        respondedAt: '2026-03-05T10:00:00.000Z',
      }),
    );
    await store.send();
    expect(localStorage.getItem(key)).toBeNull();
    expect(store.answers).toEqual({ 'q-rating': 3, 'q-yes-no': false });
  });

  it('turns the round read-only when sending finds it closed', async () => {
    await logIn();
    const store = useRoundAnswerStore();
    await store.load(roundId(1));
    store.setAnswer('q-rating', 1);
    api.saveMyResponse.mockRejectedValue(new ApiError({ status: 409, code: 'round_closed' }));

    await expect(store.send()).rejects.toMatchObject({ code: 'round_closed' });

    expect(store.answerable).toBe(false);
    expect(store.answers).toEqual({ 'q-rating': 3 });
    expect(localStorage.getItem(draftKey(anna.user.id, roundId(1)))).toBeNull();
  });

  it('forgets the round on logout, but not the draft on the device', async () => {
    await logIn();
    const store = useRoundAnswerStore();
    await store.load(roundId(1));
    store.setAnswer('q-rating', 4);

    useAuthStore().clearSession();
    await nextTick();

    expect(store.round).toBeNull();
    expect(store.answers).toEqual({});
    expect(localStorage.getItem(draftKey(anna.user.id, roundId(1)))).not.toBeNull();
  });
});
