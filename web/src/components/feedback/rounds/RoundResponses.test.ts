import type { Round, RoundResponses as Responses } from '@ambassador/shared';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../../../api/departments.ts';
import * as roundsApi from '../../../api/feedbackRounds.ts';
import { ApiError } from '../../../lib/apiError.ts';
import * as layersApi from '../../../api/layers.ts';
import { createAppI18n } from '../../../i18n/index.ts';
import { departmentIds, departments, layers } from '../../../test/fixtures.ts';
import { useTestPinia } from '../../../test/pinia.ts';
import { layerIds, participantId, round, roundId } from '../../../test/roundFixtures.ts';
import RoundResponses from './RoundResponses.vue';

vi.mock('../../../api/feedbackRounds.ts');
vi.mock('../../../api/layers.ts');
vi.mock('../../../api/departments.ts');
const api = vi.mocked(roundsApi);

/** An open round that is not anonymous, with a question of every kind. */
const everyKind = (overrides: Partial<Round> = {}) =>
  round({
    status: 'open',
    anonymous: false,
    questions: [
      { id: 'q_rating', kind: 'rating', text: 'Hoe tevreden ben je?', required: true },
      { id: 'q_choice', kind: 'choice', text: 'Welk apparaat?', required: true, options: ['Laptop', 'Telefoon'] },
      {
        id: 'q_multi',
        kind: 'multi_choice',
        text: 'Wat gebruik je?',
        required: true,
        options: ['Nieuws', 'Smoelenboek', 'Roosters'],
      },
      { id: 'q_yes', kind: 'yes_no', text: 'Gebruik je het op je telefoon?', required: true },
      { id: 'q_text', kind: 'text', text: 'Wat mist er?', required: true },
      {
        id: 'q_vendors',
        kind: 'score_options',
        text: 'Scoor de leveranciers',
        required: true,
        options: ['Alpha', 'Beta'],
        criteria: ['Gebruiksgemak', 'Mobiel'],
      },
      { id: 'q_optional', kind: 'text', text: 'Nog iets?', required: false },
    ],
    ...overrides,
  });

const response = (n: number, overrides: Partial<Responses['items'][number]> = {}): Responses['items'][number] => ({
  ambassadorId: participantId(n),
  name: `Deelnemer ${String(n).padStart(2, '0')}`,
  departmentId: departmentIds.beuk,
  layerId: layerIds[3]!,
  respondedAt: '2026-03-04T09:30:00.000Z',
  answers: [],
  ...overrides,
});

const answered = response(1, {
  answers: [
    { questionId: 'q_rating', value: 4 },
    { questionId: 'q_choice', value: 'Telefoon' },
    { questionId: 'q_multi', value: ['Nieuws', 'Roosters'] },
    { questionId: 'q_yes', value: false },
    { questionId: 'q_text', value: 'Een betere zoekfunctie.\nEn de roosters.' },
    { questionId: 'q_vendors', value: { Alpha: { Gebruiksgemak: 3, Mobiel: 2 }, Beta: { Gebruiksgemak: 5 } } },
  ],
});

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  api.listRoundResponses.mockResolvedValue({ items: [answered] });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountWith(subject: Round) {
  const wrapper = mount(RoundResponses, {
    props: { round: subject },
    attachTo: document.body,
    global: { plugins: [useTestPinia(), createAppI18n('nl')] },
  });
  unmount = () => wrapper.unmount();
  await flushPromises();
  return wrapper;
}

const answerText = (wrapper: Awaited<ReturnType<typeof mountWith>>, questionId: string) =>
  wrapper.find(`[data-testid="answer-${questionId}"] dd`).text();

describe('RoundResponses', () => {
  it('shows who answered and, once expanded, each answer the way its kind reads', async () => {
    const wrapper = await mountWith(everyKind());

    expect(api.listRoundResponses).toHaveBeenCalledWith(roundId(1), expect.any(AbortSignal));
    const toggle = wrapper.find('[data-testid="round-response-toggle"]');
    expect(toggle.text()).toContain('Deelnemer 01');
    expect(toggle.text()).toContain('Afdeling Beuk');
    expect(toggle.text()).toContain('Zorg en behandeling');
    expect(toggle.text()).toContain('Geantwoord op');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(wrapper.find('[data-testid="round-response-answers"]').exists()).toBe(false);

    await toggle.trigger('click');

    expect(toggle.attributes('aria-expanded')).toBe('true');
    const panel = wrapper.find('[data-testid="round-response-answers"]');
    expect(panel.attributes('id')).toBe(toggle.attributes('aria-controls'));
    expect(panel.find('[data-testid="answer-q_rating"] dt').text()).toBe('Hoe tevreden ben je?');
    expect(answerText(wrapper, 'q_rating')).toBe('4 / 5');
    expect(answerText(wrapper, 'q_choice')).toBe('Telefoon');
    expect(answerText(wrapper, 'q_multi')).toBe('Nieuws, Roosters');
    expect(answerText(wrapper, 'q_yes')).toBe('Nee');
    expect(panel.find('[data-testid="answer-q_text"] p').text()).toBe('Een betere zoekfunctie.\nEn de roosters.');
    expect(answerText(wrapper, 'q_optional')).toBe('Niet beantwoord');

    const table = panel.find('[data-testid="answer-q_vendors"] table');
    expect(table.findAll('thead th').map((cell) => cell.text())).toEqual(['Optie', 'Gebruiksgemak', 'Mobiel']);
    const rows = table.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['Alpha', '3', '2'],
      ['Beta', '5', '–'],
    ]);

    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(wrapper.find('[data-testid="round-response-answers"]').exists()).toBe(false);
  });

  it('reads yes as Ja', async () => {
    api.listRoundResponses.mockResolvedValue({
      items: [response(2, { answers: [{ questionId: 'q_yes', value: true }] })],
    });
    const wrapper = await mountWith(everyKind());

    await wrapper.find('[data-testid="round-response-toggle"]').trigger('click');
    expect(answerText(wrapper, 'q_yes')).toBe('Ja');
  });

  it('asks nothing of an anonymous round and says why the answers are not shown', async () => {
    const wrapper = await mountWith(everyKind({ anonymous: true }));

    expect(api.listRoundResponses).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="round-responses-anonymous"]').text()).toContain('niet aan personen gekoppeld');
    expect(wrapper.find('[data-testid="round-responses"]').exists()).toBe(false);
  });

  it('says so when nobody has answered yet', async () => {
    api.listRoundResponses.mockResolvedValue({ items: [] });
    const wrapper = await mountWith(everyKind());

    expect(wrapper.find('[data-testid="round-responses-empty"]').text()).toBe('Nog niemand heeft geantwoord.');
  });

  it('shows the error with a retry when the answers cannot be loaded', async () => {
    api.listRoundResponses.mockRejectedValueOnce(new ApiError({ status: 500, code: 'internal_error' }));
    const wrapper = await mountWith(everyKind());

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('De antwoorden konden niet worden geladen.');
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="round-response-toggle"]')).toHaveLength(1);
  });

  it('shows 25 participants at a time, with a button for the next ones', async () => {
    api.listRoundResponses.mockResolvedValue({ items: Array.from({ length: 30 }, (_, i) => response(i + 1)) });
    const wrapper = await mountWith(everyKind());

    expect(wrapper.findAll('[data-testid="round-response-toggle"]')).toHaveLength(25);
    expect(wrapper.find('[data-testid="round-responses-shown"]').text()).toBe('25 van 30 deelnemers getoond');

    await wrapper.find('[data-testid="round-responses-more"]').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('[data-testid="round-response-toggle"]')).toHaveLength(30);
    expect(wrapper.find('[data-testid="round-responses-more"]').exists()).toBe(false);
    expect(document.activeElement?.textContent).toContain('Deelnemer 26');
  });
});
