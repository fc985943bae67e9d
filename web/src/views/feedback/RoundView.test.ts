import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import * as departmentsApi from '../../api/departments.ts';
import * as roundsApi from '../../api/feedbackRounds.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import { mountInApp } from '../../test/app.ts';
import { departments, layers, meFor } from '../../test/fixtures.ts';
import { participant, round, roundId } from '../../test/roundFixtures.ts';
import RoundView from './RoundView.vue';

vi.mock('../../api/feedbackRounds.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/departments.ts');
const api = vi.mocked(roundsApi);

/** The page with the confirmation dialog the app layout normally provides. */
const PageWithConfirm = defineComponent({ setup: () => () => h('div', [h(RoundView), h(ConfirmRegion)]) });

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  api.getRound.mockResolvedValue(round());
  api.listRoundResponses.mockResolvedValue({ items: [] });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(PageWithConfirm, { me: meFor('admin'), path: `/feedback/rounds/${roundId(1)}` });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const confirmation = () => document.querySelector('[data-testid="confirm-dialog"]')?.textContent ?? '';
async function accept(): Promise<void> {
  document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')!.click();
  await flushPromises();
}

describe('RoundView', () => {
  it('shows a draft with its questions, participants and the layers nobody speaks for', async () => {
    const { wrapper } = await mountView();

    expect(wrapper.find('h1').text()).toBe('Keuze intranetleverancier 1');
    expect(wrapper.find('[data-testid="round-status-draft"]').exists()).toBe(true);
    expect(wrapper.findAll('[data-testid="questions-preview"] li')).toHaveLength(2);
    const rows = wrapper.findAll('[data-testid="participants-table"] tbody tr');
    expect(rows.map((row) => row.findAll('td')[0]!.text())).toEqual(['Deelnemer 1', 'Deelnemer 2']);
    expect(rows[0]!.text()).toContain('Afdeling Beuk');
    expect(rows[0]!.text()).toContain('Zorg en behandeling');
    expect(wrapper.find('[data-testid="round-coverage-missing"]').text()).toContain('Bestuur en directie, Management');
    // A draft can be opened, edited, copied and deleted; not closed, reminded or read.
    const actions = ['open', 'edit', 'copy', 'delete', 'close', 'remind', 'results'].filter((action) =>
      wrapper.find(`[data-testid="round-${action}"]`).exists(),
    );
    expect(actions).toEqual(['open', 'edit', 'copy', 'delete']);
  });

  it('warns about the missing layers before opening, and opens once accepted', async () => {
    api.openRound.mockResolvedValue(round({ status: 'open' }));
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="round-open"]').trigger('click');
    await flushPromises();
    expect(confirmation()).toContain('Niemand uit Bestuur en directie, Management doet mee');
    await accept();

    expect(api.openRound).toHaveBeenCalledWith(roundId(1));
    expect(wrapper.find('[data-testid="round-status-open"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="round-remind"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="round-delete"]').exists()).toBe(false);
  });

  it('says what a draft lacks when the server will not open it', async () => {
    api.openRound.mockRejectedValue(
      new ApiError({ status: 409, code: 'round_not_ready', missing: ['questions', 'participants'] }),
    );
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="round-open"]').trigger('click');
    await flushPromises();
    await accept();

    expect(wrapper.find('[data-testid="round-action-error"]').text()).toBe(
      'Deze ronde kan nog niet open: er ontbreken vragen, deelnemers.',
    );
  });

  it('reminds those who have not answered and says how many', async () => {
    const open = round({
      status: 'open',
      participants: [participant(1, { invitedAt: '2026-03-02T08:00:00.000Z' })],
    });
    api.getRound.mockResolvedValue(open);
    api.remindRound.mockResolvedValue({ reminded: 4 });
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="round-remind"]').trigger('click');
    await flushPromises();

    expect(api.remindRound).toHaveBeenCalledWith(roundId(1));
    expect(wrapper.find('[data-testid="round-reminded"]').text()).toBe('4 deelnemers herinnerd.');
    expect(api.getRound).toHaveBeenCalledTimes(2);
  });

  it('deletes a draft only after asking once', async () => {
    api.deleteRound.mockResolvedValue(undefined);
    const { wrapper, router } = await mountView();
    const push = vi.spyOn(router, 'push');

    await wrapper.find('[data-testid="round-delete"]').trigger('click');
    await flushPromises();
    expect(api.deleteRound).not.toHaveBeenCalled();
    expect(confirmation()).toContain('Ronde verwijderen?');
    await accept();

    expect(api.deleteRound).toHaveBeenCalledWith(roundId(1));
    expect(push).toHaveBeenCalledWith({ name: 'feedback-rounds' });
  });

  it('copies the round and opens the copy in the builder', async () => {
    api.copyRound.mockResolvedValue(round({ title: 'Keuze intranetleverancier 1 (2)' }, 9));
    const { wrapper, router } = await mountView();
    const push = vi.spyOn(router, 'push');

    await wrapper.find('[data-testid="round-copy"]').trigger('click');
    await flushPromises();

    expect(push).toHaveBeenCalledWith({ name: 'feedback-round-edit', params: { id: roundId(9) } });
  });

  it("reads each participant's answers of an open round, but not of a draft", async () => {
    api.listRoundResponses.mockResolvedValue({
      items: [
        {
          ambassadorId: participant(1).ambassadorId,
          name: 'Deelnemer 1',
          departmentId: participant(1).departmentId,
          layerId: participant(1).layerId,
          respondedAt: '2026-03-04T09:30:00.000Z',
          answers: [{ questionId: 'q_rating', value: 4 }],
        },
      ],
    });
    const draft = await mountView();
    expect(draft.wrapper.find('#round-responses-title').exists()).toBe(false);
    expect(api.listRoundResponses).not.toHaveBeenCalled();
    unmount?.();

    api.getRound.mockResolvedValue(round({ status: 'open' }));
    const { wrapper } = await mountView();

    expect(wrapper.find('#round-responses-title').text()).toBe('Antwoorden per deelnemer');
    await wrapper.find('[data-testid="round-response-toggle"]').trigger('click');
    expect(wrapper.find('[data-testid="answer-q_rating"] dd').text()).toBe('4 / 5');
  });
});
