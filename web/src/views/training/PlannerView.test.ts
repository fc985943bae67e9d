import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import * as planApi from '../../api/training-plan.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, employee, meFor } from '../../test/fixtures.ts';
import { participants, plan, trainers } from '../../test/trainingReportFixtures.ts';
import PlannerView from './PlannerView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/employees.ts');
vi.mock('../../api/training-plan.ts');
const api = vi.mocked(planApi);
const employees = vi.mocked(employeesApi);

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: trainers, total: 2, nextCursor: null });
  employees.listEmployees.mockResolvedValue({
    items: [participants.annemiek, participants.bart].map((person) => employee(person)),
    total: 2,
    nextCursor: null,
  });
  api.proposePlan.mockResolvedValue(plan());
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const { wrapper } = await mountInApp(PlannerView, { me: meFor('admin'), path: '/training/planner' });
  await flushPromises();
  return wrapper;
}

async function fill(wrapper: VueWrapper, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await wrapper.find(`#${id}`).setValue(value);
}

async function propose(wrapper: VueWrapper) {
  await fill(wrapper, { 'plan-from': '2026-03-09', 'plan-to': '2026-04-03' });
  await wrapper.find('[data-testid="plan-form"]').trigger('submit');
  await flushPromises();
}

const session = (wrapper: VueWrapper, index: number) => wrapper.find(`[data-testid="plan-session-${index}"]`);

describe('PlannerView', () => {
  it('shows what is wrong next to the fields and asks nothing of the server', async () => {
    const wrapper = await mountView();
    // Monday to Thursday are on by default: switch them all off.
    for (const day of [1, 2, 3, 4]) await wrapper.find(`[data-testid="plan-weekdays-${day}"]`).trigger('click');
    await fill(wrapper, { 'plan-from': '2026-03-09', 'plan-to': '2026-03-01', 'plan-capacity': '0' });

    await wrapper.find('[data-testid="plan-form"]').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="plan-weekdays-error"]').text()).toBe('Kies minstens één dag.');
    expect(wrapper.find('[data-testid="plan-to-error"]').text()).toBe('De einddatum ligt vóór de begindatum.');
    expect(wrapper.find('[data-testid="plan-capacity-error"]').text()).toBe(
      'Vul een heel getal in van 1 tot en met 1000.',
    );
    expect(wrapper.find('#plan-capacity').attributes('aria-invalid')).toBe('true');
    expect(api.proposePlan).not.toHaveBeenCalled();
  });

  it('sends the parameters as the plan body', async () => {
    const wrapper = await mountView();
    const friday = wrapper.find('[data-testid="plan-weekdays-5"]');
    expect(friday.attributes('aria-pressed')).toBe('false');
    expect(friday.attributes('aria-label')).toBe('vrijdag');
    await friday.trigger('click');
    await wrapper.find('[data-testid="plan-weekdays-1"]').trigger('click');
    await fill(wrapper, {
      'plan-start': '13:00',
      'plan-minutes': '60',
      'plan-per-day': '3',
      'plan-break': '10',
      'plan-capacity': '8',
      'plan-wave': 'golf 1',
    });
    await wrapper.find('#plan-pilot-first').setValue(false);

    await propose(wrapper);

    expect(api.proposePlan).toHaveBeenCalledWith({
      from: '2026-03-09',
      to: '2026-04-03',
      sessionMinutes: 60,
      capacity: 8,
      weekdays: [2, 3, 4, 5],
      startTime: '13:00',
      sessionsPerDay: 3,
      breakMinutes: 10,
      pilotFirst: false,
      wave: 'golf 1',
    });
  });

  it('shows a refusal of the server next to the field it is about', async () => {
    api.proposePlan.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: '/body/capacity', code: 'maximum', message: 'must be <= 1000' }],
      }),
    );
    const wrapper = await mountView();

    await propose(wrapper);

    expect(wrapper.find('[data-testid="plan-capacity-error"]').text()).toBe(
      'Deze waarde valt buiten het toegestane bereik.',
    );
    expect(wrapper.find('[data-testid="plan-review"]').exists()).toBe(false);
  });

  it('groups the proposal per department with its trainers, a hint for a trainer from elsewhere and who is left', async () => {
    const wrapper = await mountView();

    await propose(wrapper);

    expect(wrapper.find('[data-testid="plan-summary-untrained"]').text()).toBe('5');
    const beuk = wrapper.find(`[data-testid="plan-group-${departmentIds.beuk}"]`);
    expect(beuk.find('h3').text()).toContain('Wonen en Zorg / De Linde / Afdeling Beuk');
    expect(beuk.findAll('[data-testid^="plan-session-"][data-testid$="-count"]').map((count) => count.text())).toEqual([
      '2 / 12',
      '1 / 12',
    ]);
    expect(beuk.find('[data-testid="plan-session-0"]').exists()).toBe(true);
    expect(beuk.find('[data-testid="plan-session-2"]').exists()).toBe(true);
    const eik = wrapper.find(`[data-testid="plan-group-${departmentIds.eik}"]`);
    expect(eik.find('[data-testid="plan-session-1"]').exists()).toBe(true);

    expect(session(wrapper, 0).find('[data-testid="plan-session-0-trainers"]').text()).toBe('Fatima el Amrani');
    expect(session(wrapper, 0).find('h4').text()).toMatch(/dinsdag 10 maart 2026.*09:30.*11:00/);
    expect(session(wrapper, 0).find('[data-testid="plan-session-0-other-department"]').exists()).toBe(false);
    expect(session(wrapper, 1).find('[data-testid="plan-session-1-other-department"]').text()).toContain(
      'andere afdeling',
    );
    expect(session(wrapper, 1).find('[data-testid="plan-session-1-trainers"]').text()).toBe(
      'Fatima el Amrani (Wonen en Zorg / De Linde / Afdeling Beuk)',
    );

    const unplanned = wrapper.find('[data-testid="plan-unplanned"]');
    expect(unplanned.find('h3').text()).toBe('1 medewerker zonder plek');
    expect(unplanned.text()).toContain('Esther Smit');
    expect(unplanned.text()).toContain('Wonen en Zorg / De Linde / Afdeling Eik');
    expect(unplanned.text()).toContain('Geen plek meer in de gekozen periode');
  });

  it('reads the participants’ names of a department once, when a list is opened', async () => {
    const wrapper = await mountView();
    await propose(wrapper);

    const toggle = session(wrapper, 0).find('[data-testid="plan-session-0-participants-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    await flushPromises();

    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(
      session(wrapper, 0)
        .findAll('[data-testid="plan-session-0-participants"] li')
        .map((item) => item.text()),
    ).toEqual(['Annemiek Bos', 'Bart Kok']);
    expect(employees.listEmployees).toHaveBeenCalledTimes(1);
    expect(employees.listEmployees).toHaveBeenCalledWith({
      departmentId: departmentIds.beuk,
      includeSubdepartments: false,
      status: 'active',
      limit: 200,
      offset: 0,
    });
  });

  it('leaves a session taken out of the plan out of what it applies, with the locations given', async () => {
    api.applyPlan.mockResolvedValue({ items: [] as never[] });
    const wrapper = await mountView();
    await propose(wrapper);

    await session(wrapper, 1).find('[data-testid="plan-session-1-remove"]').trigger('click');
    expect(session(wrapper, 1).find('[data-testid="plan-session-1-removed"]').exists()).toBe(true);
    await session(wrapper, 0).find('[data-testid="plan-session-0-location"]').setValue('Zaal De Linde');
    expect(wrapper.find('[data-testid="plan-apply"]').text()).toBe('Plan toepassen (2 sessies)');
    await wrapper.find('[data-testid="plan-apply"]').trigger('click');
    await flushPromises();

    const [body, force] = api.applyPlan.mock.calls[0]!;
    expect(force).toBe(false);
    expect(body.sessions.map((planned) => planned.title)).toEqual([
      'Training intranet – Afdeling Beuk',
      'Training intranet – Afdeling Beuk (2)',
    ]);
    expect(body.sessions[0]!.location).toBe('Zaal De Linde');
    expect(body.sessions[1]).not.toHaveProperty('location');
  });

  it('names the clashing sessions on a conflict and applies anyway on request, then links to the calendar', async () => {
    const created = plan().sessions.map(() => ({}) as never);
    api.applyPlan
      .mockRejectedValueOnce(
        new ApiError({
          status: 409,
          code: 'schedule_conflict',
          conflicts: [
            {
              sessionId: '6f1c2d3e-0000-4000-8000-000000000701',
              title: 'Train-de-trainer voorjaar',
              startsAt: '2026-03-10T08:00:00.000Z',
              endsAt: '2026-03-10T09:00:00.000Z',
              reason: 'trainer',
              subject: 'Fatima el Amrani',
            },
          ],
        }),
      )
      .mockResolvedValueOnce({ items: created });
    const wrapper = await mountView();
    await propose(wrapper);

    await wrapper.find('[data-testid="plan-apply"]').trigger('click');
    await flushPromises();

    const message = wrapper.find('[data-testid="plan-conflicts"]');
    expect(message.text()).toContain('Het plan botst met een geplande sessie');
    expect(message.text()).toContain('Train-de-trainer voorjaar');
    expect(message.text()).toContain('trainer Fatima el Amrani is dan al ingepland');
    expect(session(wrapper, 0).find('[data-testid="plan-session-0-conflicts"]').text()).toContain(
      'Botst met “Train-de-trainer voorjaar”',
    );
    expect(session(wrapper, 2).find('[data-testid="plan-session-2-conflicts"]').exists()).toBe(false);

    await wrapper.find('[data-testid="plan-force-apply"]').trigger('click');
    await flushPromises();

    expect(api.applyPlan).toHaveBeenCalledTimes(2);
    expect(api.applyPlan.mock.calls[1]![1]).toBe(true);
    expect(api.applyPlan.mock.calls[1]![0]).toEqual(api.applyPlan.mock.calls[0]![0]);
    expect(wrapper.find('[data-testid="plan-applied"]').text()).toContain('3 sessies aangemaakt');
    expect(wrapper.find('[data-testid="plan-calendar-link"]').attributes('href')).toBe('/training/calendar');
    expect(wrapper.find('[data-testid="plan-apply"]').exists()).toBe(false);
    // What was created can no longer be changed here.
    expect(wrapper.find('[data-testid="plan-session-0-remove"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="plan-session-0-location"]').exists()).toBe(false);
  });

  it('says everyone is trained when there is nothing to plan', async () => {
    api.proposePlan.mockResolvedValue(
      plan({ sessions: [], unplanned: [], summary: { untrained: 0, planned: 0, sessions: 0 } }),
    );
    const wrapper = await mountView();

    await propose(wrapper);

    expect(wrapper.find('[data-testid="plan-empty"]').text()).toContain('Iedereen is getraind');
    expect(wrapper.find('[data-testid="plan-apply"]').exists()).toBe(false);
  });
});
