import type { Dashboard } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import * as dashboardApi from '../../api/dashboard.ts';
import * as departmentsApi from '../../api/departments.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import * as organisationApi from '../../api/organisation.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, layerIds, layers, meFor, organisation } from '../../test/fixtures.ts';
import DashboardView from './DashboardView.vue';

vi.mock('../../api/dashboard.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/layers.ts');
vi.mock('../../api/organisation.ts');
/** The test DOM lays nothing out, so the chart would draw nothing; the table alternative holds the same figures. */
vi.mock('../../components/feedback/rounds/RoundBarChart.vue', () => ({
  __esModule: true,
  default: () => h('div', { 'data-testid': 'chart-stub' }),
}));
const api = vi.mocked(dashboardApi);

const id = (n: number) => `6f1c2d3e-0000-4000-8000-00000000c${String(n).padStart(3, '0')}`;

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    phase: 'selection',
    coverage: {
      employees: 400,
      activeAmbassadors: 12,
      coveragePct: 62.5,
      employeesInCoveredCellsPct: 81.3,
      cells: 20,
      coveredCells: 13,
      uncoveredCells: 7,
      worstCells: [{ departmentId: departmentIds.linde, layerId: layerIds.zorg, employees: 48, ambassadors: 0 }],
    },
    ambassadorsByStatus: { candidate: 5, invited: 2, active: 12, paused: 1 },
    training: {
      trainedPct: 35,
      sessionsNext14Days: 3,
      certifiedTrainers: 4,
      departmentsWithoutTrainer: 2,
      attendanceDue: 1,
    },
    feedback: {
      openRounds: 1,
      openItems: 6,
      rounds: [{ id: id(1), title: 'Eerste indruk intranet', participantCount: 20, respondedCount: 8 }],
    },
    content: { items: 120, overdue: 9 },
    activity: {
      months: [
        { month: '2026-01', entries: 10, count: 25 },
        { month: '2026-02', entries: 14, count: 30 },
      ],
    },
    inactiveAmbassadors: [
      { ambassadorId: id(2), name: 'Kees Jansen', departmentId: departmentIds.beuk, lastActivityOn: '2025-12-01' },
      { ambassadorId: id(3), name: 'Fatima Amrani', departmentId: departmentIds.eik, lastActivityOn: null },
    ],
    digitalHelp: { lowSkillEmployees: 37, departmentsWithoutBuddy: 1 },
    actions: [
      { kind: 'layers_without_ambassador', count: 7 },
      { kind: 'content_overdue', count: 1 },
      { kind: 'findings_new', count: 0 },
      { kind: 'inactive_ambassadors', count: 2 },
    ],
    ...overrides,
  };
}

const PageWithConfirm = defineComponent({ setup: () => () => h('div', [h(DashboardView), h(ConfirmRegion)]) });
let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  api.getDashboard.mockResolvedValue(dashboard());
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(PageWithConfirm, { me: meFor(role), path: '/' });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const tileOrder = (wrapper: Awaited<ReturnType<typeof mountView>>['wrapper']) =>
  wrapper
    .find('[data-testid="dashboard-tiles"]')
    .findAll('[data-testid^="tile-"][data-testid$="-value"]')
    .map((value) => value.attributes('data-testid')!.replace(/^tile-|-value$/g, ''));

describe('DashboardView', () => {
  it('shows the figures of every tile, each with its link', async () => {
    const { wrapper } = await mountView();

    expect(api.getDashboard).toHaveBeenCalled();
    const coverage = wrapper.find('[data-testid="tile-coverage"]');
    expect(coverage.find('[data-testid="tile-coverage-value"]').text()).toBe('81,3%');
    expect(coverage.text()).toContain('13 van 20 cellen gedekt');
    const worst = coverage.find('[data-testid="worst-cells"]').text();
    expect(worst).toContain(`${departments.find((d) => d.id === departmentIds.linde)!.name} · `);
    expect(worst).toContain(layers.find((layer) => layer.id === layerIds.zorg)!.name);
    expect(worst).toContain('48 medewerkers');
    expect(coverage.find('[data-testid="tile-coverage-link"]').attributes('href')).toBe('/coverage');

    const ambassadors = wrapper.find('[data-testid="tile-ambassadors"]');
    expect(ambassadors.find('[data-testid="tile-ambassadors-value"]').text()).toBe('12');
    expect(ambassadors.find('[data-testid="funnel-candidate"]').text()).toContain('Kandidaat');
    expect(ambassadors.find('[data-testid="funnel-candidate"]').text()).toContain('5');

    const training = wrapper.find('[data-testid="tile-training"]');
    expect(training.find('[data-testid="tile-training-value"]').text()).toBe('35%');
    expect(training.text()).toContain('3 sessies in de komende 14 dagen');
    expect(training.text()).toContain('2 afdelingen zonder trainer');

    const feedback = wrapper.find('[data-testid="tile-feedback"]');
    expect(feedback.text()).toContain('6 open bevindingen');
    expect(feedback.find(`[data-testid="round-participation-${id(1)}"]`).text()).toContain('Eerste indruk intranet');

    const content = wrapper.find('[data-testid="tile-content"]');
    expect(content.find('[data-testid="tile-content-value"]').text()).toBe('9');
    expect(content.find('[data-testid="tile-content-link"]').attributes('href')).toBe('/feedback/content?overdue=1');

    const activity = wrapper.find('[data-testid="tile-activity"]');
    expect(activity.find('[data-testid="tile-activity-value"]').text()).toBe('55');
    expect(activity.find('[data-testid="dashboard-activity-chart-table"]').text()).toContain('30');

    const inactive = wrapper.find('[data-testid="tile-inactive"]');
    expect(inactive.find('[data-testid="tile-inactive-value"]').text()).toBe('2');
    expect(inactive.text()).toContain('Kees Jansen');
    expect(inactive.text()).toContain('nog niets geregistreerd');

    expect(wrapper.find('[data-testid="tile-digitalHelp-value"]').text()).toBe('37');
    expect(wrapper.find('[data-testid="tile-digitalHelp"]').text()).toContain('1 afdeling zonder digitale buddy');
  });

  it('lists the actions in one pluralised sentence each, linking to the screen that fixes it', async () => {
    const { wrapper } = await mountView();

    const actions = wrapper.find('[data-testid="dashboard-actions"]');
    expect(actions.findAll('li').map((item) => item.attributes('data-testid'))).toEqual([
      'action-layers_without_ambassador',
      'action-inactive_ambassadors',
      'action-content_overdue',
    ]);
    const layersAction = actions.find('[data-testid="action-layers_without_ambassador"] a');
    expect(layersAction.text()).toContain('7 cellen (afdeling × laag) hebben nog geen ambassadeur');
    expect(layersAction.attributes('href')).toBe('/coverage');
    expect(actions.find('[data-testid="action-content_overdue"]').text()).toBe('De review van 1 pagina is te laat.');
  });

  it('orders the tiles by the phase', async () => {
    const first = await mountView();
    expect(tileOrder(first.wrapper).slice(0, 3)).toEqual(['coverage', 'ambassadors', 'feedback']);
    unmount?.();

    api.getDashboard.mockResolvedValue(dashboard({ phase: 'after_go_live' }));
    const later = await mountView();
    expect(tileOrder(later.wrapper).slice(0, 3)).toEqual(['activity', 'inactive', 'content']);
  });

  it('marks the current phase and lets an admin change it after confirming', async () => {
    vi.mocked(organisationApi).updateOrganisation.mockResolvedValue({ ...organisation, phase: 'build' });
    const { wrapper } = await mountView('admin');

    expect(wrapper.find('[data-testid="phase-selection"]').attributes('aria-current')).toBe('step');
    expect(wrapper.find('[data-testid="phase-build"]').attributes('aria-current')).toBeUndefined();

    await wrapper.find('[data-testid="phase-select"]').setValue('build');
    await flushPromises();
    api.getDashboard.mockResolvedValue(dashboard({ phase: 'build' }));
    await wrapper.find('[data-testid="phase-change-button"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')!.click();
    await flushPromises();

    expect(organisationApi.updateOrganisation).toHaveBeenCalledWith({ phase: 'build' });
    expect(api.getDashboard).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[data-testid="phase-build"]').attributes('aria-current')).toBe('step');
    expect(tileOrder(wrapper).slice(0, 2)).toEqual(['feedback', 'content']);
  });

  it('shows HR the phase without a way to change it, and no links to admin-only screens', async () => {
    const { wrapper } = await mountView('hr');

    expect(wrapper.find('[data-testid="phase-bar"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="phase-change"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tile-ambassadors-link"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tile-coverage-link"]').exists()).toBe(true);
  });

  it('offers a retry when the dashboard cannot be loaded', async () => {
    api.getDashboard.mockRejectedValue(new ApiError({ status: 500, code: 'internal' }));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Het dashboard kon niet worden geladen.');
    api.getDashboard.mockResolvedValue(dashboard());
    await wrapper.findAll('[data-testid="load-error"] button').at(-1)!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="tile-coverage"]').exists()).toBe(true);
  });
});
