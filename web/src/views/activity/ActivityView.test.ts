import type { Activity, ActivitySummary } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type PropType } from 'vue';
import * as activitiesApi from '../../api/activities.ts';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import type { ActivityChartData } from '../../components/activity/activityChart.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassador, departmentIds, departments, meFor } from '../../test/fixtures.ts';
import ActivityView from './ActivityView.vue';

vi.mock('../../api/activities.ts');
vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
/** The test DOM lays nothing out, so the chart would draw nothing; the stub keeps its data, to compare with the table. */
vi.mock('../../components/activity/ActivityBarChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { data: { type: Object as PropType<ActivityChartData>, required: true } },
    setup: (props) => () => h('div', { 'data-testid': 'chart-stub', 'data-chart': JSON.stringify(props.data) }),
  }),
}));
const api = vi.mocked(activitiesApi);

const activityId = (n: number) => `6f1c2d3e-0000-4000-8000-000000000a${String(n).padStart(2, '0')}`;

function activity(overrides: Partial<Activity> = {}, n = 1): Activity {
  return {
    id: activityId(n),
    ambassadorId: ambassador().id,
    ambassadorName: 'Bram Jansen 1',
    kind: 'colleague_helped',
    date: '2026-11-20',
    count: 2,
    note: null,
    digitalHelp: false,
    automatic: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

const summary: ActivitySummary = {
  months: [
    { month: '2026-09', kind: 'colleague_helped', entries: 4, count: 9 },
    { month: '2026-09', kind: 'training_given', entries: 1, count: 12 },
    // October: nothing at all, yet it gets its bar.
    { month: '2026-11', kind: 'colleague_helped', entries: 6, count: 11 },
    { month: '2026-11', kind: 'content_reviewed', entries: 2, count: 2 },
  ],
  byDepartment: [
    { departmentId: departmentIds.linde, entries: 3, count: 5 },
    { departmentId: departmentIds.beuk, entries: 10, count: 29 },
  ],
};

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  api.getActivitySummary.mockResolvedValue(summary);
  api.listActivities.mockResolvedValue({
    items: [activity({}, 1), activity({ kind: 'training_given', count: 12, automatic: true, date: '2026-09-12' }, 2)],
    total: 2,
    nextCursor: null,
  });
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: [ambassador()], total: 1, nextCursor: null });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' | 'ambassador') {
  const mounted = await mountInApp(
    { components: { ActivityView, ConfirmRegion }, template: '<ActivityView /><ConfirmRegion />' },
    { me: meFor(role), path: '/activity' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  await vi.waitFor(() => expect(document.querySelector('[data-testid="chart-stub"]')).not.toBeNull());
  return mounted;
}

async function mountMine() {
  const mounted = await mountInApp(
    { components: { ActivityView, ConfirmRegion }, template: '<ActivityView /><ConfirmRegion />' },
    { me: meFor('ambassador'), path: '/activity' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

describe('ActivityView for admins and HR', () => {
  it('draws the activity per month and kind, and the table alternative holds the same figures', async () => {
    const { wrapper } = await mountView('hr');

    expect(api.getActivitySummary).toHaveBeenCalledWith({}, expect.anything());
    const chart = JSON.parse(wrapper.find('[data-testid="chart-stub"]').attributes('data-chart')!) as ActivityChartData;
    expect(chart.labels).toEqual(['sep 2026', 'okt 2026', 'nov 2026']);
    expect(chart.series.map((series) => [series.label, series.data])).toEqual([
      ['Training gegeven', [1, 0, 0]],
      ['Collega geholpen', [4, 0, 6]],
      ['Pagina nagekeken', [0, 0, 2]],
    ]);

    const table = wrapper.find('[data-testid="activity-chart-table"]');
    expect(table.findAll('thead th').map((cell) => cell.text())).toEqual([
      'Maand',
      'Training gegeven',
      'Collega geholpen',
      'Pagina nagekeken',
      'Totaal',
    ]);
    const rows = table.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['sep 2026', '1', '4', '0', '5'],
      ['okt 2026', '0', '0', '0', '0'],
      ['nov 2026', '0', '6', '2', '8'],
    ]);
    // Each figure of the chart is in the table, in the same place.
    chart.series.forEach((series, column) =>
      series.data.forEach((value, row) => expect(rows[row]![column + 1]).toBe(String(value))),
    );
    expect(wrapper.find('[data-testid="activity-chart"] [role="img"]').attributes('aria-label')).toContain(
      '13 in 3 maanden',
    );

    const toggle = wrapper.find('[data-testid="activity-chart-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
  });

  it('shows the totals per department, most active first, and the list of activities', async () => {
    const { wrapper } = await mountView('admin');

    const departmentRows = wrapper
      .findAll('[data-testid="activity-departments"] tbody tr')
      .map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(departmentRows[0]![1]).toBe('10');
    expect(departmentRows[0]![0]).toContain('Beuk');
    expect(departmentRows[1]).toEqual([expect.stringContaining('De Linde'), '3', '5']);

    const list = wrapper.find('[data-testid="activity-table"]');
    expect(list.text()).toContain('Bram Jansen 1');
    expect(list.text()).toContain('Collega geholpen');
    expect(list.find('[data-testid="activity-automatic"]').text()).toBe('Automatisch');
    expect(wrapper.find('[data-testid="activity-log"]').exists()).toBe(false);
  });

  it('filters the list and the chart together; the kind filters the list only', async () => {
    const { wrapper } = await mountView('admin');
    api.getActivitySummary.mockClear();

    const from = wrapper.find('[data-testid="activity-filter-from"]');
    (from.element as HTMLInputElement).value = '2026-10-01';
    await from.trigger('change');
    await flushPromises();

    expect(api.listActivities).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, from: '2026-10-01' },
      expect.anything(),
    );
    expect(api.getActivitySummary).toHaveBeenLastCalledWith({ from: '2026-10-01' }, expect.anything());
  });
});

describe('ActivityView for an ambassador', () => {
  it('lists her own activity, deletes a manual entry after one confirmation, never an automatic one', async () => {
    api.deleteActivity.mockResolvedValue(undefined);
    const { wrapper } = await mountMine();

    expect(api.getActivitySummary).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="activity-log"]').text()).toBe('Activiteit loggen');
    const manual = wrapper.find(`[data-testid="activity-${activityId(1)}"]`);
    expect(manual.text()).toContain("2 collega's");
    expect(wrapper.find(`[data-testid="activity-${activityId(2)}"] [data-testid="activity-delete"]`).exists()).toBe(
      false,
    );

    await manual.find('[data-testid="activity-delete"]').trigger('click');
    await flushPromises();
    expect(api.deleteActivity).not.toHaveBeenCalled();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Verwijderen')!.click();
    await flushPromises();

    expect(api.deleteActivity).toHaveBeenCalledWith(activityId(1));
    expect(wrapper.find(`[data-testid="activity-${activityId(1)}"]`).exists()).toBe(false);
  });

  it('opens the log dialog and shows the new entry after logging', async () => {
    api.createActivity.mockResolvedValue(activity({ count: 1 }, 3));
    const { wrapper } = await mountMine();

    await wrapper.find('[data-testid="activity-log"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLFormElement>('[data-testid="log-activity-form"]')!.requestSubmit();
    await flushPromises();

    expect(api.createActivity).toHaveBeenCalledWith(expect.objectContaining({ kind: 'colleague_helped', count: 1 }));
    expect(api.listActivities).toHaveBeenCalledTimes(2);
  });

  it('says so when there is no activity yet', async () => {
    api.listActivities.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountMine();

    expect(wrapper.find('[data-testid="activity-empty"]').text()).toContain('Nog geen activiteit');
  });
});

describe('the leaderboard', () => {
  const withRecognition = (role: 'admin' | 'ambassador') => {
    const me = meFor(role);
    return {
      ...me,
      organisation: { ...me.organisation, recognition: { ...me.organisation.recognition, enabled: true } },
    };
  };
  const line = (rank: number, name: string, points: number, n: number) => ({
    rank,
    ambassadorId: `6f1c2d3e-0000-4000-8000-000000000b0${n}`,
    name,
    departmentId: departmentIds.beuk,
    points,
    entries: n + 1,
  });

  it('is not there while the organisation has recognition switched off', async () => {
    const { wrapper } = await mountMine();
    expect(wrapper.find('[data-testid="leaderboard"]').exists()).toBe(false);
    expect(api.getLeaderboard).not.toHaveBeenCalled();
  });

  it('ranks the ambassadors with a bar against the first, and shows an ambassador her own place', async () => {
    const lines = [line(1, 'Bram Jansen', 40, 1), line(2, 'Anna de Vries', 10, 2)];
    api.getLeaderboard.mockResolvedValue({
      items: lines,
      total: 2,
      nextCursor: null,
      from: '2025-12-06',
      to: '2026-12-05',
      mine: lines[1]!,
    });
    const mounted = await mountInApp(
      { components: { ActivityView }, template: '<ActivityView />' },
      { me: withRecognition('ambassador'), path: '/activity' },
    );
    unmount = () => mounted.wrapper.unmount();
    await flushPromises();
    const { wrapper } = mounted;

    expect(api.getLeaderboard).toHaveBeenCalledWith({ limit: 10, offset: 0 }, expect.anything());
    expect(wrapper.find('[data-testid="leaderboard-mine"]').text()).toBe('Jij staat op plaats 2 met 10 punten.');
    const rows = wrapper.findAll('[data-testid="leaderboard-table"] tbody tr');
    expect(rows.map((row) => row.findAll('td').map((cell) => cell.text()))).toEqual([
      ['1', `Bram Jansen${departments.find((d) => d.id === departmentIds.beuk)!.path}`, '40', '2'],
      ['2', `Anna de Vries${departments.find((d) => d.id === departmentIds.beuk)!.path}`, '10', '3'],
    ]);
    const bars = rows.map((row) => (row.find('.leaderboard__bar > span').element as HTMLElement).style.width);
    expect(bars).toEqual(['100%', '25%']);
    expect(rows[1]!.classes()).toContain('leaderboard__own');
  });

  it('says so when nobody has points yet', async () => {
    api.getLeaderboard.mockResolvedValue({
      items: [],
      total: 0,
      nextCursor: null,
      from: '2025-12-06',
      to: '2026-12-05',
      mine: null,
    });
    const mounted = await mountInApp(
      { components: { ActivityView }, template: '<ActivityView />' },
      { me: withRecognition('admin'), path: '/activity' },
    );
    unmount = () => mounted.wrapper.unmount();
    await flushPromises();
    expect(mounted.wrapper.find('[data-testid="leaderboard-empty"]').text()).toBe(
      'Nog niemand heeft punten in deze periode.',
    );
    expect(mounted.wrapper.find('[data-testid="leaderboard-mine"]').exists()).toBe(false);
  });
});
