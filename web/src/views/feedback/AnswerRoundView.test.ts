import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as roundsApi from '../../api/roundAnswers.ts';
import { ApiError } from '../../lib/apiError.ts';
import { draftKey } from '../../lib/roundAnswers.ts';
import { mountInApp } from '../../test/app.ts';
import { myResponse, round, roundId } from '../../test/feedbackFixtures.ts';
import { meFor } from '../../test/fixtures.ts';
import AnswerRoundView from './AnswerRoundView.vue';

vi.mock('../../api/roundAnswers.ts');
const api = vi.mocked(roundsApi);

const me = meFor('ambassador');
const path = `/feedback/rounds/${roundId(1)}/answer`;
const storageKey = draftKey(me.user.id, roundId(1));

beforeEach(() => {
  vi.resetAllMocks();
  localStorage.clear();
  api.getRound.mockResolvedValue(round());
  api.getMyResponse.mockResolvedValue(myResponse());
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(AnswerRoundView, { me, path });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];
const byTestid = (wrapper: Wrapper, id: string) => wrapper.find(`[data-testid="${id}"]`);
const progress = (wrapper: Wrapper) => byTestid(wrapper, 'answer-progress').text();

async function next(wrapper: Wrapper, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await byTestid(wrapper, 'answer-next').trigger('click');
}

async function choose(wrapper: Wrapper, testid: string): Promise<void> {
  await byTestid(wrapper, testid).setValue(true);
}

describe('AnswerRoundView', () => {
  it('shows the round and one question at a time, each kind with its own inputs', async () => {
    const { wrapper } = await mountView();

    expect(byTestid(wrapper, 'answer-title').text()).toBe('Klankbordronde 1');
    expect(byTestid(wrapper, 'answer-intro').text()).toContain('hoe het intranet bevalt');
    expect(byTestid(wrapper, 'answer-closes').text()).toContain('Sluit op');
    expect(progress(wrapper)).toBe('Vraag 1 van 6');

    // rating: a fieldset with five radios, with words
    const rating = wrapper.find('fieldset[data-kind="rating"]');
    expect(rating.find('legend').text()).toContain('Hoe makkelijk');
    expect(rating.find('legend').text()).toContain('verplicht');
    expect(rating.findAll('input[type="radio"]')).toHaveLength(5);
    expect(rating.text()).toContain('Zeer goed');
    expect(byTestid(wrapper, 'answer-previous').attributes('disabled')).toBeDefined();

    await next(wrapper);
    expect(progress(wrapper)).toBe('Vraag 2 van 6');
    expect(wrapper.findAll('fieldset[data-kind="choice"] input[type="radio"]')).toHaveLength(3);

    await next(wrapper);
    expect(wrapper.findAll('fieldset[data-kind="multi_choice"] input[type="checkbox"]')).toHaveLength(3);

    await next(wrapper);
    const yesNo = wrapper.find('fieldset[data-kind="yes_no"]');
    expect(
      yesNo.findAll('input[type="radio"]').map((input) => input.element.parentElement?.textContent?.trim()),
    ).toEqual(['Ja', 'Nee']);

    await next(wrapper);
    const text = wrapper.find('fieldset[data-kind="text"] textarea');
    expect(text.attributes('maxlength')).toBe('4000');
    expect(byTestid(wrapper, 'question-5-text-counter').text()).toBe('0 van 4000 tekens');
    await text.setValue('Een agenda');
    expect(byTestid(wrapper, 'question-5-text-counter').text()).toBe('10 van 4000 tekens');

    await next(wrapper);
    expect(progress(wrapper)).toBe('Vraag 6 van 6');
    const score = wrapper.find('fieldset[data-kind="score_options"]');
    // Two options × two criteria, five scores each.
    expect(score.findAll('input[type="radio"]')).toHaveLength(20);
    expect(byTestid(wrapper, 'answer-next').exists()).toBe(false);
    expect(byTestid(wrapper, 'answer-send').text()).toContain('Versturen');

    await byTestid(wrapper, 'answer-previous').trigger('click');
    expect(progress(wrapper)).toBe('Vraag 5 van 6');
    await byTestid(wrapper, 'answer-step-1').trigger('click');
    expect(progress(wrapper)).toBe('Vraag 1 van 6');
  });

  it('keeps unsent answers on the device and shows them again after a reload', async () => {
    const first = await mountView();
    await choose(first.wrapper, 'question-1-rating-4');
    await next(first.wrapper);
    await choose(first.wrapper, 'question-2-option-1');
    first.wrapper.unmount();

    expect(JSON.parse(localStorage.getItem(storageKey)!)).toEqual({
      answers: { 'q-rating': 4, 'q-choice': 'Computer' },
    });

    const { wrapper } = await mountView();
    expect(byTestid(wrapper, 'answer-draft-restored').exists()).toBe(true);
    expect((byTestid(wrapper, 'question-1-rating-4').element as HTMLInputElement).checked).toBe(true);
    await next(wrapper);
    expect((byTestid(wrapper, 'question-2-option-1').element as HTMLInputElement).checked).toBe(true);
  });

  it('sends the answers in question order, then clears the draft and thanks her', async () => {
    api.saveMyResponse.mockResolvedValue(
      myResponse({ answers: [{ questionId: 'q-rating', value: 5 }], respondedAt: '2026-03-05T10:00:00.000Z' }),
    );
    const { wrapper } = await mountView();

    await choose(wrapper, 'question-1-rating-5');
    await next(wrapper, 2);
    await choose(wrapper, 'question-3-option-2');
    await choose(wrapper, 'question-3-option-0');
    await next(wrapper);
    await choose(wrapper, 'question-4-yes-no-no');
    await next(wrapper, 2);
    await choose(wrapper, 'question-6-score-0-0-3');
    await choose(wrapper, 'question-6-score-0-1-4');
    await choose(wrapper, 'question-6-score-1-0-2');
    await choose(wrapper, 'question-6-score-1-1-5');
    expect(localStorage.getItem(storageKey)).not.toBeNull();
    await byTestid(wrapper, 'answer-form').trigger('submit');
    await flushPromises();

    expect(api.saveMyResponse).toHaveBeenCalledWith(roundId(1), {
      answers: [
        { questionId: 'q-rating', value: 5 },
        { questionId: 'q-multi', value: ['Nieuws', 'Roosters'] },
        { questionId: 'q-yes-no', value: false },
        {
          questionId: 'q-score',
          value: {
            'Leverancier A': { Gebruiksgemak: 3, Mobiel: 4 },
            'Leverancier B': { Gebruiksgemak: 2, Mobiel: 5 },
          },
        },
      ],
    });
    expect(localStorage.getItem(storageKey)).toBeNull();
    expect(byTestid(wrapper, 'answer-sent').text()).toContain('Bedankt');
  });

  it('jumps to a required question left open instead of sending', async () => {
    const { wrapper } = await mountView();

    await choose(wrapper, 'question-1-rating-3');
    await next(wrapper, 5);
    await byTestid(wrapper, 'answer-form').trigger('submit');
    await flushPromises();

    expect(api.saveMyResponse).not.toHaveBeenCalled();
    expect(progress(wrapper)).toBe('Vraag 4 van 6');
    expect(byTestid(wrapper, 'question-error').text()).toContain('verplicht');
    expect(byTestid(wrapper, 'answer-step-4').attributes('aria-label')).toContain('nog niet goed');
  });

  it('places a refused answer on its question and goes there', async () => {
    api.saveMyResponse.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [
          { field: 'answers.2.value', code: 'invalid_answer', message: 'a text answer has 1 to 4000 characters' },
        ],
      }),
    );
    const { wrapper } = await mountView();

    await choose(wrapper, 'question-1-rating-2');
    await next(wrapper, 3);
    await choose(wrapper, 'question-4-yes-no-yes');
    await next(wrapper);
    await wrapper.find('fieldset[data-kind="text"] textarea').setValue('Een agenda');
    await next(wrapper);
    await byTestid(wrapper, 'answer-form').trigger('submit');
    await flushPromises();

    // Sent: rating (0), yes/no (1), text (2) – so answers/2 is the text question, the fifth.
    expect(progress(wrapper)).toBe('Vraag 5 van 6');
    expect(byTestid(wrapper, 'question-error').text()).toContain('past niet bij de vraag');
    expect(wrapper.find('fieldset[data-kind="text"] textarea').attributes('aria-invalid')).toBe('true');
    expect(byTestid(wrapper, 'answer-error').text()).toContain('Kijk de gemarkeerde vraag na');
    // Still unsent: the draft stays.
    expect(localStorage.getItem(storageKey)).not.toBeNull();
  });

  it('shows her answers read-only once the round is closed, and drops an old draft', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ answers: { 'q-rating': 1 } }));
    api.getRound.mockResolvedValue(round({ status: 'closed', closedAt: '2026-03-20T17:00:00.000Z' }));
    api.getMyResponse.mockResolvedValue(
      myResponse({ answers: [{ questionId: 'q-rating', value: 4 }], respondedAt: '2026-03-05T10:00:00.000Z' }),
    );
    const { wrapper } = await mountView();

    expect(byTestid(wrapper, 'answer-read-only').text()).toContain('gesloten');
    expect(byTestid(wrapper, 'answer-closes').text()).toContain('Gesloten op');
    const four = byTestid(wrapper, 'question-1-rating-4').element as HTMLInputElement;
    expect(four.checked).toBe(true);
    expect(four.disabled).toBe(true);
    expect(localStorage.getItem(storageKey)).toBeNull();
    await next(wrapper, 5);
    expect(byTestid(wrapper, 'answer-send').exists()).toBe(false);
  });

  it('says the round closed in the meantime when sending is refused with round_closed', async () => {
    api.saveMyResponse.mockRejectedValue(new ApiError({ status: 409, code: 'round_closed' }));
    const { wrapper } = await mountView();

    await choose(wrapper, 'question-1-rating-2');
    await next(wrapper, 3);
    await choose(wrapper, 'question-4-yes-no-yes');
    await next(wrapper, 2);
    await byTestid(wrapper, 'answer-form').trigger('submit');
    await flushPromises();

    expect(byTestid(wrapper, 'answer-closed-now').text()).toContain('inmiddels gesloten');
    expect(byTestid(wrapper, 'answer-send').exists()).toBe(false);
  });

  it('explains that she was not asked for the round', async () => {
    api.getRound.mockRejectedValue(new ApiError({ status: 403, code: 'not_a_participant' }));
    const { wrapper } = await mountView();

    expect(byTestid(wrapper, 'answer-blocked').text()).toContain('niet gevraagd');
  });

  it('explains that the round has not opened yet', async () => {
    api.getMyResponse.mockRejectedValue(new ApiError({ status: 409, code: 'round_not_open' }));
    const { wrapper } = await mountView();

    expect(byTestid(wrapper, 'answer-title').text()).toBe('Klankbordronde 1');
    expect(byTestid(wrapper, 'answer-blocked').text()).toContain('nog niet geopend');
    expect(byTestid(wrapper, 'answer-form').exists()).toBe(false);
  });
});
