import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as activitiesApi from '../../api/activities.ts';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassadorDetail, meFor } from '../../test/fixtures.ts';
import { trainingSession } from '../../test/trainingFixtures.ts';
import AmbassadorDetailView from './AmbassadorDetailView.vue';

vi.mock('../../api/activities.ts');
vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/trainingSessions.ts');
const api = vi.mocked(ambassadorsApi);

const detail = ambassadorDetail({
  status: 'onboarding',
  roles: ['trainer'],
  hoursPerMonth: 4,
  motivation: 'Ik help graag collega’s.',
  history: [
    {
      id: '6f1c2d3e-0000-4000-8000-000000000511',
      from: null,
      to: 'candidate',
      note: null,
      changedAt: '2025-03-01T09:00:00.000Z',
      changedBy: { id: '6f1c2d3e-0000-4000-8000-0000000000a1', name: 'Anna de Vries' },
    },
    {
      id: '6f1c2d3e-0000-4000-8000-000000000512',
      from: 'candidate',
      to: 'onboarding',
      note: 'Leidinggevende akkoord',
      changedAt: '2025-03-08T10:30:00.000Z',
      changedBy: null,
    },
  ],
});

beforeEach(() => {
  vi.resetAllMocks();
  api.getAmbassador.mockResolvedValue(detail);
  vi.mocked(sessionsApi).listTrainingSessions.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  vi.mocked(activitiesApi).listActivities.mockResolvedValue({ items: [], total: 0, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(AmbassadorDetailView, { me: meFor('admin'), path: `/ambassadors/${detail.id}` });
  await flushPromises();
  return mounted;
}

describe('AmbassadorDetailView', () => {
  it('shows who it is, the status, the moves that are possible and the history, newest first', async () => {
    const { wrapper } = await mountView();

    expect(api.getAmbassador).toHaveBeenCalledWith(detail.id);
    expect(wrapper.find('h1').text()).toBe('Bram Jansen 1');
    expect(wrapper.find('[data-testid="ambassador-status-onboarding"]').exists()).toBe(true);
    expect(wrapper.findAll('[data-testid^="transition-"]').map((button) => button.text())).toEqual([
      'Naar Actief',
      'Naar Alumni',
    ]);
    const history = wrapper.findAll('[data-testid="status-history"] li').map((item) => item.text());
    expect(history[0]).toContain('Kandidaat');
    expect(history[0]).toContain('Onboarding');
    expect(history[0]).toContain('automatisch');
    expect(history[0]).toContain('Leidinggevende akkoord');
    expect(history[1]).toContain('Toegevoegd als Kandidaat');
    expect(history[1]).toContain('door Anna de Vries');
    expect(wrapper.text()).toContain('Gegeven trainingen');
  });

  it('applies a transition with a note from the dialog', async () => {
    api.updateAmbassador.mockResolvedValue({ ...detail, status: 'active', allowedTransitions: ['paused', 'alumni'] });
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="transition-active"]').trigger('click');
    await flushPromises();
    const note = document.querySelector<HTMLTextAreaElement>('#transition-note')!;
    note.value = 'Training gevolgd';
    note.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="transition-submit"]')!.click();
    await flushPromises();

    expect(api.updateAmbassador).toHaveBeenCalledWith(detail.id, { status: 'active', note: 'Training gevolgd' });
    expect(wrapper.find('[data-testid="ambassador-status-active"]').exists()).toBe(true);
  });

  it('names the possible statuses when the server refuses a transition', async () => {
    api.updateAmbassador.mockRejectedValue(
      new ApiError({ status: 409, code: 'illegal_transition', allowed: ['paused', 'alumni'] }),
    );
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="transition-active"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="transition-submit"]')!.click();
    await flushPromises();

    expect(
      document.querySelector('[data-testid="transition-dialog"] [data-testid="form-error"]')!.textContent,
    ).toContain('Deze statuswijziging is niet mogelijk. Wel mogelijk: Gepauzeerd of Alumni.');
    // The page reads the record again: it changed elsewhere.
    expect(api.getAmbassador).toHaveBeenCalledTimes(2);
  });

  it('saves only the fields that changed', async () => {
    api.updateAmbassador.mockResolvedValue({ ...detail, hoursPerMonth: 6, roles: ['trainer', 'content'] });
    const { wrapper } = await mountView();

    await wrapper.find('#ambassador-hours').setValue('6');
    await wrapper.find('#ambassador-role-content').setValue(true);
    await wrapper.find('[data-testid="ambassador-form"]').trigger('submit');
    await flushPromises();

    expect(api.updateAmbassador).toHaveBeenCalledWith(detail.id, { roles: ['trainer', 'content'], hoursPerMonth: 6 });
  });

  it('refuses hours outside 0 to 160 next to the field', async () => {
    const { wrapper } = await mountView();

    await wrapper.find('#ambassador-hours').setValue('200');
    await wrapper.find('[data-testid="ambassador-form"]').trigger('submit');
    await flushPromises();

    expect(api.updateAmbassador).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="ambassador-hours-error"]').text()).toBe(
      'Vul een aantal uren in van 0 tot en met 160.',
    );
  });

  it('warns when the employee has left', async () => {
    api.getAmbassador.mockResolvedValue({ ...detail, employeeLeft: true });
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="ambassador-left"]').text()).toContain('Medewerker uit dienst.');
  });

  it('lists the sessions she gave as a trainer, with the colleagues who attended', async () => {
    vi.mocked(sessionsApi).listTrainingSessions.mockResolvedValue({
      items: [trainingSession({ status: 'completed', attendedCount: 1, title: 'Pilot intranet' })],
      total: 1,
      nextCursor: null,
    });
    const { wrapper } = await mountInApp(AmbassadorDetailView, {
      me: meFor('admin'),
      path: `/ambassadors/${detail.id}`,
    });
    await flushPromises();

    expect(vi.mocked(sessionsApi).listTrainingSessions).toHaveBeenCalledWith(
      { trainerId: detail.id, limit: 10, offset: 0 },
      expect.anything(),
    );
    const list = wrapper.find('[data-testid="ambassador-sessions"]');
    expect(list.text()).toContain('Pilot intranet');
    expect(list.text()).toContain('1 collega aanwezig');
    expect(wrapper.text()).not.toContain('welke sessies');
  });

  it('shows her logged activity, paged, instead of a promise for later', async () => {
    vi.mocked(activitiesApi).listActivities.mockResolvedValue({
      items: [
        {
          id: '6f1c2d3e-0000-4000-8000-000000000c01',
          ambassadorId: detail.id,
          ambassadorName: 'Bram Jansen',
          kind: 'colleague_helped',
          date: '2026-11-20',
          count: 3,
          note: 'Teams uitgelegd',
          digitalHelp: true,
          automatic: false,
          createdAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      total: 1,
      nextCursor: null,
    });
    const { wrapper } = await mountInApp(AmbassadorDetailView, {
      me: meFor('admin'),
      path: `/ambassadors/${detail.id}`,
    });
    await flushPromises();

    expect(vi.mocked(activitiesApi).listActivities).toHaveBeenCalledWith(
      { ambassadorId: detail.id, limit: 10, offset: 0 },
      expect.anything(),
    );
    const table = wrapper.find('[data-testid="activity-table"]');
    expect(table.text()).toContain('Teams uitgelegd');
    expect(wrapper.text()).not.toContain('volgt later');
  });
});
