import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as departmentsApi from '../../api/departments.ts';
import * as roundsApi from '../../api/feedbackRounds.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, layers, meFor } from '../../test/fixtures.ts';
import { layerIds, participant, participantId, round, roundId } from '../../test/roundFixtures.ts';
import { chooseOption } from '../../test/select.ts';
import RoundBuilderView from './RoundBuilderView.vue';

vi.mock('../../api/feedbackRounds.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/departments.ts');
const api = vi.mocked(roundsApi);

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(path = '/feedback/rounds/new') {
  const mounted = await mountInApp(RoundBuilderView, { me: meFor('admin'), path });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const field = (wrapper: VueWrapper, testid: string) => wrapper.find(`[data-testid="${testid}"]`);

async function click(wrapper: VueWrapper, testid: string): Promise<void> {
  await field(wrapper, testid).trigger('click');
  await flushPromises();
}

async function choosePurpose(wrapper: VueWrapper, purpose: string): Promise<void> {
  await chooseOption(wrapper.get('select#round-purpose'), purpose);
  await flushPromises();
}

const questionTexts = (wrapper: VueWrapper) =>
  wrapper
    .findAll('input[data-testid^="question-"][data-testid$="-text"]')
    .map((input) => (input.element as HTMLInputElement).value);

describe('RoundBuilderView', () => {
  it('adds, reorders and removes questions, and creates the round with exactly what was built', async () => {
    api.listParticipantSuggestions.mockResolvedValue({
      items: [participant(1), participant(2, { layerId: layerIds[2]!, name: 'Deelnemer 2' })],
    });
    api.createRound.mockResolvedValue(round({}, 5));
    const { wrapper, router } = await mountView();
    const push = vi.spyOn(router, 'push');

    await field(wrapper, 'round-title-input').setValue('Klankbord zoekfunctie');
    await choosePurpose(wrapper, 'Klankbord');
    await field(wrapper, 'round-intro').setValue('  Wat vind je van zoeken?  ');

    await click(wrapper, 'question-add-rating');
    await click(wrapper, 'question-add-yes_no');
    await click(wrapper, 'question-add-choice');
    expect(wrapper.findAll('[data-testid="questions-editor"] ol > li')).toHaveLength(3);
    await field(wrapper, 'question-1-text').setValue('Hoe goed vind je wat je zoekt?');
    await field(wrapper, 'question-2-text').setValue('Weg ermee?');
    await field(wrapper, 'question-3-text').setValue('Waar zoek je het meest?');
    const choice = wrapper.find('[data-testid="question-3"]');
    const options = choice.findAll('input[type="text"]').slice(1);
    await options[0]!.setValue('Roosters');
    await options[1]!.setValue('Protocollen');
    await choice.find('[data-testid$="-options-add"]').trigger('click');
    await choice.findAll('input[type="text"]')[3]!.setValue('Nieuws');

    // Up and down buttons, as the keyboard uses them; the ends cannot move further.
    expect(field(wrapper, 'question-1-up').attributes('disabled')).toBeDefined();
    expect(field(wrapper, 'question-3-down').attributes('disabled')).toBeDefined();
    await click(wrapper, 'question-3-up');
    expect(questionTexts(wrapper)).toEqual(['Hoe goed vind je wat je zoekt?', 'Waar zoek je het meest?', 'Weg ermee?']);
    expect(field(wrapper, 'questions-announcement').text()).toBe('De vraag staat nu op plaats 2.');
    await click(wrapper, 'question-1-down');
    expect(questionTexts(wrapper)).toEqual(['Waar zoek je het meest?', 'Hoe goed vind je wat je zoekt?', 'Weg ermee?']);
    await click(wrapper, 'question-3-remove');
    expect(questionTexts(wrapper)).toEqual(['Waar zoek je het meest?', 'Hoe goed vind je wat je zoekt?']);
    await field(wrapper, 'question-2-required').setValue(false);

    await field(wrapper, 'picker-one-per-cell').setValue(true);
    await click(wrapper, 'picker-find');
    expect(api.listParticipantSuggestions).toHaveBeenCalledWith({ onePerCell: true }, expect.anything());
    await click(wrapper, 'picker-add-all');

    await wrapper.find('[data-testid="round-form"]').trigger('submit');
    await flushPromises();

    expect(api.createRound).toHaveBeenCalledWith({
      purpose: 'sounding_board',
      title: 'Klankbord zoekfunctie',
      intro: 'Wat vind je van zoeken?',
      opensAt: null,
      closesAt: null,
      anonymous: false,
      questions: [
        {
          kind: 'choice',
          text: 'Waar zoek je het meest?',
          required: true,
          options: ['Roosters', 'Protocollen', 'Nieuws'],
        },
        { kind: 'rating', text: 'Hoe goed vind je wat je zoekt?', required: false },
      ],
      participantIds: [participantId(1), participantId(2)],
    });
    expect(push).toHaveBeenCalledWith({ name: 'feedback-round', params: { id: roundId(5) } });
  });

  it('finds participants by role, department and layer chosen from native selects', async () => {
    api.listParticipantSuggestions.mockResolvedValue({ items: [participant(1)] });
    const { wrapper } = await mountView();

    await chooseOption(wrapper.get('select#picker-role'), 'Trainer');
    await chooseOption(wrapper.get('select#picker-department'), 'Afdeling Beuk');
    await chooseOption(wrapper.get('select#picker-layer'), layers[2]!.name);
    await click(wrapper, 'picker-find');
    expect(api.listParticipantSuggestions).toHaveBeenLastCalledWith(
      { role: 'trainer', departmentId: departmentIds.beuk, layerId: layers[2]!.id },
      expect.anything(),
    );

    await chooseOption(wrapper.get('select#picker-role'), 'Elke rol');
    await click(wrapper, 'picker-find');
    expect(api.listParticipantSuggestions).toHaveBeenLastCalledWith(
      { departmentId: departmentIds.beuk, layerId: layers[2]!.id },
      expect.anything(),
    );
  });

  it('names the layers nobody is asked from while participants are chosen', async () => {
    api.listParticipantSuggestions.mockResolvedValue({ items: [participant(1), participant(2)] });
    const { wrapper } = await mountView();

    const missing = () => field(wrapper, 'builder-coverage-missing');
    expect(missing().text()).toContain('Bestuur en directie, Management, Teamleiding, Zorg en behandeling');

    await click(wrapper, 'picker-find');
    await click(wrapper, `picker-add-${participantId(1)}`);

    expect(missing().text()).toContain('Geen deelnemers uit de lagen');
    expect(missing().text()).toContain('Bestuur en directie, Management, Teamleiding.');
    expect(missing().text()).not.toContain('Zorg en behandeling');
    expect(field(wrapper, `builder-coverage-layer-${layerIds[3]}`).text()).toContain('1');
    expect(field(wrapper, 'picker-count').text()).toBe('2 gevonden, 1 nog niet gekozen.');

    await click(wrapper, `picker-remove-${participantId(1)}`);
    expect(missing().text()).toContain('Zorg en behandeling');
  });

  it('keeps the questions of a round with responses fixed and leaves them out of the save', async () => {
    const answered = round({
      status: 'open',
      hasResponses: true,
      participants: [participant(1, { respondedAt: '2026-03-03T10:00:00.000Z' }), participant(2)],
    });
    api.getRound.mockResolvedValue(answered);
    api.updateRound.mockResolvedValue(answered);
    const { wrapper } = await mountView(`/feedback/rounds/${roundId(1)}/edit`);

    expect(field(wrapper, 'questions-locked').text()).toContain('de vragen liggen vast');
    expect(field(wrapper, 'question-add-rating').exists()).toBe(false);
    // Who has answered cannot be taken out.
    expect(field(wrapper, `picker-remove-${participantId(1)}`).exists()).toBe(false);
    await click(wrapper, `picker-remove-${participantId(2)}`);
    await field(wrapper, 'round-title-input').setValue('Nieuwe titel');
    await wrapper.find('[data-testid="round-form"]').trigger('submit');
    await flushPromises();

    const [id, body] = api.updateRound.mock.calls[0]!;
    expect(id).toBe(roundId(1));
    expect(body).not.toHaveProperty('questions');
    expect(body).toMatchObject({ title: 'Nieuwe titel', participantIds: [participantId(1)] });
  });

  it('puts the server refusal next to the question it is about', async () => {
    api.createRound.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [
          { field: 'questions.0.options', code: 'too_few', message: 'a choice question needs at least 2 options' },
        ],
      }),
    );
    const { wrapper } = await mountView();
    await field(wrapper, 'round-title-input').setValue('Ronde');
    await choosePurpose(wrapper, 'Pulsmeting');
    await click(wrapper, 'question-add-choice');
    await field(wrapper, 'question-1-text').setValue('Welke?');
    await wrapper.find('[data-testid="round-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="question-1"] [data-testid$="-options-error"]').text()).toContain(
      'minstens twee opties',
    );
  });

  it('checks title and purpose before asking the server', async () => {
    const { wrapper } = await mountView();
    await wrapper.find('[data-testid="round-form"]').trigger('submit');
    await flushPromises();

    expect(api.createRound).not.toHaveBeenCalled();
    expect(field(wrapper, 'round-title-input-error').text()).toBe('Vul dit veld in.');
    expect(field(wrapper, 'round-purpose-error').text()).toBe('Maak een keuze.');
    expect(field(wrapper, 'form-error').text()).toBe('Controleer de gemarkeerde velden.');
    expect(departmentIds.beuk).toBeDefined();
  });
});
