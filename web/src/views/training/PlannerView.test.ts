import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import * as employeesApi from '../../api/employees.ts';
import { ApiError } from '../../api/http.ts';
import * as roomsApi from '../../api/rooms.ts';
import * as planApi from '../../api/training-plan.ts';
import { mountInApp } from '../../test/app.ts';
import { departmentIds, departments, employee, meFor } from '../../test/fixtures.ts';
import { participants, plan, trainers } from '../../test/trainingReportFixtures.ts';
import PlannerView from './PlannerView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/employees.ts');
vi.mock('../../api/training-plan.ts');
vi.mock('../../api/rooms.ts');
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
  vi.mocked(roomsApi).listRooms.mockResolvedValue({ items: [], total: 0, nextCursor: null });
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
    // Label in name: the accessible name starts with the visible day, the full name follows.
    expect(friday.attributes('aria-label')).toBeUndefined();
    expect(friday.text()).toMatch(/^vr\S* \(vrijdag\)$/);
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

  it('shows the proposal as a table per week: a row per session with its trainers, and who is left and why', async () => {
    const wrapper = await mountView();

    await propose(wrapper);

    expect(wrapper.find('[data-testid="plan-summary-untrained"]').text()).toBe('5');
    const week = wrapper.find('[data-testid="plan-week-2026-W11"]');
    expect(week.find('h3').text()).toContain('Week 11');
    expect(week.find('table').exists()).toBe(true);
    // Rows in time order, whatever the department.
    expect(week.findAll('tbody').map((row) => row.attributes('data-testid'))).toEqual([
      'plan-session-0',
      'plan-session-1',
      'plan-session-2',
    ]);
    expect(week.findAll('[data-testid$="-count"]').map((count) => count.text())).toEqual([
      '2 / 12',
      '1 / 12',
      '1 / 12',
    ]);
    expect(session(wrapper, 0).find('.plan-table__date').text()).toMatch(/di 10 mrt/);
    expect(session(wrapper, 0).find('.plan-table__time').text()).toMatch(/09:30.*11:00/);
    expect(session(wrapper, 0).find('.plan-table__departments').text()).toContain('Afdeling Beuk');
    expect(session(wrapper, 0).find('[data-testid="plan-session-0-trainers"] li').text()).toBe('Fatima el Amrani');
    expect(session(wrapper, 0).find('[data-testid="plan-session-0-other-department"]').exists()).toBe(false);
    expect(session(wrapper, 1).find('[data-testid="plan-session-1-other-department"]').text()).toContain(
      'andere afdeling',
    );
    expect(session(wrapper, 0).find('[data-testid="plan-session-0-digital-help"]').exists()).toBe(false);

    const unplanned = wrapper.find('[data-testid="plan-unplanned"]');
    expect(unplanned.find('h3').text()).toBe('1 medewerker zonder plek');
    const reason = unplanned.find('[data-testid="plan-unplanned-reason-no_slot"]');
    expect(reason.text()).toContain('1');
    expect(reason.text()).toContain('Geen plek meer in de gekozen periode');
    expect(reason.text()).toContain('Kies meer dagen');
    expect(unplanned.find('[data-testid="plan-unplanned-reason-already_scheduled"]').exists()).toBe(false);
    expect(unplanned.text()).toContain('Esther Smit');
    // The apply bar sits directly in the review, so that it stays in view over all of it (sticky).
    expect(wrapper.find('.planner-review > .plan-apply [data-testid="plan-apply"]').text()).toBe(
      'Plan toepassen (3 sessies)',
    );
  });

  it('marks a digital-help session and its buddy, and counts everyone left out by reason', async () => {
    const base = plan();
    api.proposePlan.mockResolvedValue(
      plan({
        sessions: [
          {
            ...base.sessions[0]!,
            digitalHelp: true,
            trainerIds: [...base.sessions[0]!.trainerIds, trainers[1]!.id],
            buddyId: trainers[1]!.id,
          },
        ],
        unplanned: [
          { ...base.unplanned[0]!, reason: 'already_scheduled', sessionId: '6f1c2d3e-0000-4000-8000-000000000702' },
          { ...base.unplanned[0]!, employeeId: '6f1c2d3e-0000-4000-8000-000000000703', reason: 'no_trainer' },
          { ...base.unplanned[0]!, employeeId: '6f1c2d3e-0000-4000-8000-000000000704', reason: 'no_trainer' },
        ],
      }),
    );
    const wrapper = await mountView();
    await propose(wrapper);

    expect(session(wrapper, 0).find('[data-testid="plan-session-0-digital-help"]').text()).toBe('Digitale hulp');
    const names = session(wrapper, 0).findAll('[data-testid="plan-session-0-trainers"] li');
    expect(names.map((item) => item.text())).toEqual([
      'Fatima el Amrani',
      `${trainers[1]!.employee.name} Digitale buddy`,
    ]);
    expect(wrapper.find('[data-testid="plan-unplanned-reason-already_scheduled"]').text()).toMatch(
      /^1 Al ingeschreven/,
    );
    expect(wrapper.find('[data-testid="plan-unplanned-reason-no_trainer"]').text()).toMatch(/^2 Geen trainer vrij/);
    // Someone already registered elsewhere is not counted as "not planned".
    expect(wrapper.find('[data-testid="plan-summary-unplanned"]').text()).toBe('2');
    expect(wrapper.find('[data-testid="plan-summary-already-scheduled"]').text()).toBe('1');
  });

  it('lets a session move to another free room that holds it, and applies the room', async () => {
    api.applyPlan.mockResolvedValue({ items: [] as never[] });
    vi.mocked(roomsApi).listRooms.mockResolvedValue({
      items: [
        { id: '6f1c2d3e-0000-4000-8000-000000000801', name: 'Zaal 1', capacity: 12, active: true },
        { id: '6f1c2d3e-0000-4000-8000-000000000802', name: 'Kamertje', capacity: 1, active: true },
        { id: '6f1c2d3e-0000-4000-8000-000000000803', name: 'Oude kapel', capacity: null, active: false },
      ],
      total: 3,
      nextCursor: null,
    });
    const base = plan();
    api.proposePlan.mockResolvedValue(
      plan({
        sessions: base.sessions.map((proposed, index) => ({
          ...proposed,
          ...(index === 0 ? { roomId: '6f1c2d3e-0000-4000-8000-000000000801', location: 'Zaal 1' } : {}),
        })),
      }),
    );
    const wrapper = await mountView();
    await propose(wrapper);

    const select = session(wrapper, 0).find('select');
    expect(select.element.value).toBe('6f1c2d3e-0000-4000-8000-000000000801');
    expect(wrapper.find(`label[for="${select.attributes('id')}"]`).text()).toMatch(/^Lokaal van de sessie van/);
    const options = select.findAll('option');
    // No inactive room; one too small for two participants cannot be chosen.
    expect(options.map((option) => option.text())).toEqual([
      'Geen lokaal',
      'Kamertje (1 plaats, te klein)',
      'Zaal 1 (12 plaatsen)',
    ]);
    expect(options[1]!.attributes('disabled')).toBeDefined();
    // Session 1 overlaps nothing of session 0 (it starts after it), session 2 is on another day: Zaal 1 is free.
    await session(wrapper, 2).find('select').setValue('6f1c2d3e-0000-4000-8000-000000000801');
    await session(wrapper, 0).find('select').setValue('');
    await wrapper.find('[data-testid="plan-apply"]').trigger('click');
    await flushPromises();

    const [body] = api.applyPlan.mock.calls[0]!;
    expect(body.sessions[0]).not.toHaveProperty('roomId');
    expect(body.sessions[0]).not.toHaveProperty('location');
    expect(body.sessions[2]).toMatchObject({ roomId: '6f1c2d3e-0000-4000-8000-000000000801', location: 'Zaal 1' });
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
    // Without rooms of the organisation a location is typed.
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
      plan({
        sessions: [],
        unplanned: [],
        summary: {
          untrained: 0,
          planned: 0,
          sessions: 0,
          unplannedByReason: { already_scheduled: 0, no_trainer: 0, no_room: 0, no_slot: 0 },
        },
      }),
    );
    const wrapper = await mountView();

    await propose(wrapper);

    expect(wrapper.find('[data-testid="plan-empty"]').text()).toContain('Iedereen is getraind');
    expect(wrapper.find('[data-testid="plan-apply"]').exists()).toBe(false);
  });
});
