import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HomeSession, MyHome } from '@ambassador/shared';
import * as activitiesApi from '../../api/activities.ts';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as dashboardApi from '../../api/dashboard.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassadorDetail, meFor } from '../../test/fixtures.ts';
import { sessionId } from '../../test/trainingFixtures.ts';
import MyOverviewView from './MyOverviewView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/dashboard.ts');
vi.mock('../../api/activities.ts');
const api = vi.mocked(ambassadorsApi);
const homeApi = vi.mocked(dashboardApi);

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
  homeApi.getMyHome.mockResolvedValue(emptyHome());
});

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();
const uuid = (n: number) => `6f1c2d3e-0000-4000-8000-00000000b${String(n).padStart(3, '0')}`;

function emptyHome(overrides: Partial<MyHome> = {}): MyHome {
  return {
    nextSessions: [],
    openRounds: [],
    contentDue: [],
    findings: [],
    recentActivity: [],
    lastActivityOn: null,
    nudge: false,
    ...overrides,
  };
}

function homeSession(overrides: Partial<HomeSession>, n: number): HomeSession {
  return {
    id: sessionId(n),
    title: `Teams basis ${n}`,
    startsAt: hoursFromNow(24),
    endsAt: hoursFromNow(26),
    location: 'Zaal 1',
    isTrainer: false,
    attendanceDue: false,
    ...overrides,
  };
}

const linked = () => ({ ...meFor('ambassador'), ambassador: { id: own.id, status: 'active' as const } });

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
    const giving = homeSession(
      {
        title: 'Teams basis',
        isTrainer: true,
        attendanceDue: true,
        startsAt: hoursFromNow(-1),
        endsAt: hoursFromNow(1),
      },
      1,
    );
    const attending = homeSession(
      { title: 'Intranet verdieping', startsAt: hoursFromNow(48), endsAt: hoursFromNow(50) },
      2,
    );
    homeApi.getMyHome.mockResolvedValue(emptyHome({ nextSessions: [giving, attending] }));
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();

    expect(homeApi.getMyHome).toHaveBeenCalled();
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

  it('shows her open rounds, content due, findings and recent activity', async () => {
    homeApi.getMyHome.mockResolvedValue(
      emptyHome({
        openRounds: [{ id: uuid(1), title: 'Nieuwe zoekfunctie', closesAt: '2026-03-20T17:00:00.000Z' }],
        contentDue: [
          { id: uuid(2), title: 'Verlof aanvragen', url: null, nextReviewDue: '2026-02-01', overdue: true },
          {
            id: uuid(3),
            title: 'Declaraties',
            url: 'https://intranet.example/declaraties',
            nextReviewDue: '2026-04-01',
            overdue: false,
          },
        ],
        findings: [
          { id: uuid(4), title: 'Zoeken vindt geen pdf', status: 'done', resolution: 'Pdf’s worden nu doorzocht.' },
        ],
        recentActivity: [
          {
            id: uuid(5),
            ambassadorId: own.id,
            ambassadorName: own.employee.name,
            kind: 'colleague_helped',
            date: '2026-03-02',
            count: 3,
            note: null,
            digitalHelp: false,
            automatic: false,
            createdAt: '2026-03-02T10:00:00.000Z',
          },
        ],
        lastActivityOn: '2026-03-02',
      }),
    );
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();

    const round = wrapper.find(`[data-testid="my-round-${uuid(1)}"]`);
    expect(round.text()).toContain('Nieuwe zoekfunctie');
    expect(round.find(`[data-testid="answer-round-${uuid(1)}"]`).attributes('href')).toBe(
      `/feedback/rounds/${uuid(1)}/answer`,
    );
    expect(wrapper.find(`[data-testid="my-content-${uuid(2)}"] [data-testid="content-overdue"]`).text()).toBe(
      'Te laat',
    );
    expect(wrapper.find(`[data-testid="my-content-${uuid(3)}"] [data-testid="content-overdue"]`).exists()).toBe(false);
    expect(wrapper.find(`[data-testid="my-content-${uuid(3)}"] a`).attributes('href')).toBe(
      'https://intranet.example/declaraties',
    );
    const finding = wrapper.find(`[data-testid="my-finding-${uuid(4)}"]`);
    expect(finding.find('[data-testid="finding-status-done"]').exists()).toBe(true);
    expect(finding.text()).toContain('Pdf’s worden nu doorzocht.');
    expect(wrapper.find(`[data-testid="my-activity-${uuid(5)}"]`).text()).toContain('3 collega');
    expect(wrapper.find('[data-testid="my-nudge"]').exists()).toBe(false);
  });

  it('says what to do next in every empty block', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();

    expect(wrapper.find('[data-testid="my-rounds-empty"]').text()).toContain('Je hebt alle rondes beantwoord.');
    expect(wrapper.find('[data-testid="my-content-empty"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="my-findings-empty"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="my-activity-empty"]').text()).toContain('Collega geholpen');
  });

  it('nudges her kindly when she has not logged anything for a while', async () => {
    homeApi.getMyHome.mockResolvedValue(emptyHome({ nudge: true, lastActivityOn: '2026-01-10' }));
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();

    const nudge = wrapper.find('[data-testid="my-nudge"]');
    expect(nudge.find('h2').text()).toBe('We hebben je even gemist!');
    expect(nudge.text()).toContain('10 januari 2026');
  });

  it('opens the log dialog from the Collega geholpen button and reloads her home once logged', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();
    expect(homeApi.getMyHome).toHaveBeenCalledTimes(1);

    const button = wrapper.find('[data-testid="colleague-helped"]');
    expect(button.text()).toBe('Collega geholpen');
    await button.trigger('click');
    await flushPromises();

    const dialog = document.querySelector<HTMLDialogElement>('dialog[data-testid="log-activity-dialog"]');
    expect(dialog?.open).toBe(true);
    expect(dialog!.textContent).toContain('Collega geholpen');

    vi.mocked(activitiesApi).createActivity.mockResolvedValue({
      id: uuid(9),
      ambassadorId: own.id,
      ambassadorName: own.employee.name,
      kind: 'colleague_helped',
      date: '2026-03-05',
      count: 1,
      note: null,
      digitalHelp: false,
      automatic: false,
      createdAt: '2026-03-05T10:00:00.000Z',
    });
    dialog!.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flushPromises();

    expect(activitiesApi.createActivity).toHaveBeenCalled();
    expect(homeApi.getMyHome).toHaveBeenCalledTimes(2);
  });

  it('says so when her home cannot be loaded, with a retry', async () => {
    homeApi.getMyHome.mockRejectedValue(new ApiError({ status: 500, code: 'internal' }));
    const { wrapper } = await mountInApp(MyOverviewView, { me: linked(), path: '/me' });
    await flushPromises();

    expect(wrapper.text()).toContain('Je overzicht kon niet worden geladen.');
    homeApi.getMyHome.mockResolvedValue(emptyHome());
    const retry = wrapper.findAll('[data-testid="load-error"] button').at(-1)!;
    await retry.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="my-sessions-empty"]').exists()).toBe(true);
  });
});
