import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import { ApiError } from '../../api/http.ts';
import * as sessionsApi from '../../api/trainingSessions.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassadorDetail, meFor } from '../../test/fixtures.ts';
import { sessionId, trainingSession } from '../../test/trainingFixtures.ts';
import MyOverviewView from './MyOverviewView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/trainingSessions.ts');
const api = vi.mocked(ambassadorsApi);
const sessions = vi.mocked(sessionsApi);

const own = ambassadorDetail({
  status: 'active',
  roles: ['digital_buddy'],
  motivation: 'Collega’s helpen',
  hoursPerMonth: 4,
  startDate: '2025-03-10',
});

beforeEach(() => {
  vi.resetAllMocks();
  api.getAmbassador.mockResolvedValue(own);
  sessions.listTrainingSessions.mockResolvedValue({ items: [], total: 0, nextCursor: null });
});

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MyOverviewView', () => {
  it('shows her own status and roles and saves her motivation and hours', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, {
      me: {
        ...meFor('ambassador'),
        employee: { id: own.employeeId, name: own.employee.name },
        ambassador: { id: own.id, status: 'active' },
      },
      path: '/me',
    });
    await flushPromises();
    api.updateAmbassador.mockResolvedValue({ ...own, motivation: 'Ik leer collega’s Teams', hoursPerMonth: 6 });

    expect(api.getAmbassador).toHaveBeenCalledWith(own.id);
    const record = wrapper.find('[data-testid="my-record"]');
    expect(record.find('[data-testid="ambassador-status-active"]').exists()).toBe(true);
    expect(record.text()).toContain('Digitale buddy');
    expect(record.text()).toContain('10 maart 2025');

    await wrapper.find('#own-motivation').setValue('Ik leer collega’s Teams');
    await wrapper.find('#own-hours').setValue('6');
    await wrapper.find('[data-testid="own-ambassador-form"]').trigger('submit');
    await flushPromises();

    expect(api.updateAmbassador).toHaveBeenCalledWith(own.id, {
      motivation: 'Ik leer collega’s Teams',
      hoursPerMonth: 6,
    });
  });

  it('tells an account without an ambassador record whom to ask', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, { me: meFor('ambassador'), path: '/me' });
    await flushPromises();

    expect(api.getAmbassador).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="my-not-linked"]').text()).toContain('Vraag het communicatieteam');
  });

  it('says so when her record cannot be loaded', async () => {
    api.getAmbassador.mockRejectedValue(new ApiError({ status: 403, code: 'forbidden' }));
    const { wrapper } = await mountInApp(MyOverviewView, {
      me: { ...meFor('ambassador'), ambassador: { id: own.id, status: 'active' } },
      path: '/me',
    });
    await flushPromises();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain(
      'Je ambassadeursgegevens konden niet worden geladen.',
    );
  });

  it('lists her next sessions, with the attendance list on the one she gives that has started', async () => {
    const giving = trainingSession(
      { title: 'Teams basis', isTrainer: true, startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1) },
      1,
    );
    const attending = trainingSession(
      { title: 'Intranet verdieping', myEnrolment: 'registered', startsAt: hoursFromNow(48), endsAt: hoursFromNow(50) },
      2,
    );
    sessions.listTrainingSessions.mockResolvedValue({ items: [giving, attending], total: 2, nextCursor: null });
    const { wrapper } = await mountInApp(MyOverviewView, {
      me: { ...meFor('ambassador'), ambassador: { id: own.id, status: 'active' } },
      path: '/me',
    });
    await flushPromises();

    expect(sessions.listTrainingSessions).toHaveBeenCalledWith(
      expect.objectContaining({ mine: true, status: 'planned' }),
    );
    const list = wrapper.find('[data-testid="my-sessions"]');
    expect(list.find('h2').text()).toBe('Mijn volgende sessies');
    expect(list.find(`[data-testid="my-session-${sessionId(1)}"]`).text()).toContain('Jij geeft deze sessie');
    expect(list.find(`[data-testid="my-session-${sessionId(2)}"]`).text()).toContain('Ingeschreven');
    expect(list.find(`[data-testid="record-attendance-${sessionId(1)}"]`).attributes('href')).toBe(
      `/training/sessions/${sessionId(1)}/attendance`,
    );
    expect(list.find(`[data-testid="record-attendance-${sessionId(2)}"]`).exists()).toBe(false);
  });

  it('says what appears there when she has no sessions', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, { me: meFor('ambassador'), path: '/me' });
    await flushPromises();

    expect(wrapper.find('[data-testid="my-sessions-empty"]').text()).toContain('Je hebt geen geplande sessies.');
  });
});
