import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../api/ambassadors.ts';
import * as employeesApi from '../api/employees.ts';
import { ApiError } from '../api/http.ts';
import * as planApi from '../api/training-plan.ts';
import { ambassador, departmentIds, employee } from '../test/fixtures.ts';
import { participants, plan, trainerIds, trainers } from '../test/trainingReportFixtures.ts';
import { useTrainingPlanStore } from './trainingPlan.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/ambassadors.ts');
vi.mock('../api/employees.ts');
vi.mock('../api/training-plan.ts');
const api = vi.mocked(planApi);
const employees = vi.mocked(employeesApi);

const body = {
  from: '2026-03-09',
  to: '2026-04-03',
  sessionMinutes: 90,
  capacity: 12,
  weekdays: [1, 2],
  startTime: '09:30',
};

const conflict = {
  sessionId: '6f1c2d3e-0000-4000-8000-000000000701',
  title: 'Train-de-trainer voorjaar',
  startsAt: '2026-03-10T08:00:00.000Z',
  endsAt: '2026-03-10T09:00:00.000Z',
  reason: 'trainer' as const,
  subject: 'Fatima el Amrani',
};

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.proposePlan.mockResolvedValue(plan());
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: trainers, total: 2, nextCursor: null });
});

describe('training plan store', () => {
  it('names the trainers of a proposal by their ambassador id', async () => {
    const store = useTrainingPlanStore();

    await store.propose(body);
    await vi.waitFor(() => expect(store.trainers.size).toBe(2));

    expect(store.trainers.get(trainerIds.fatima)?.name).toBe('Fatima el Amrani');
    expect(ambassadorsApi.listAmbassadors).toHaveBeenCalledWith({ role: 'trainer', limit: 200, offset: 0 });
  });

  it('reads every page of trainers and of a department’s employees', async () => {
    const colleagues = (from: number) =>
      Array.from({ length: 200 }, (_, index) =>
        employee({ id: `6f1c2d3e-0000-4000-8000-${String(from + index).padStart(12, '0')}`, name: `Collega ${index}` }),
      );
    const manyTrainers = Array.from({ length: 200 }, (_, index) => ambassador({ roles: ['trainer'] }, 100 + index));
    vi.mocked(ambassadorsApi)
      .listAmbassadors.mockResolvedValueOnce({ items: manyTrainers, total: 201, nextCursor: null })
      .mockResolvedValueOnce({ items: [trainers[0]!], total: 201, nextCursor: null })
      .mockResolvedValueOnce({ items: [], total: 0, nextCursor: null });
    employees.listEmployees
      .mockResolvedValueOnce({ items: colleagues(5000), total: 201, nextCursor: null })
      .mockResolvedValueOnce({ items: [employee(participants.annemiek)], total: 201, nextCursor: null })
      .mockResolvedValueOnce({ items: [employee(participants.bart)], total: 1, nextCursor: null });
    const store = useTrainingPlanStore();
    await store.propose(body);
    await vi.waitFor(() => expect(store.trainers.size).toBe(201));

    await store.loadParticipants(store.sessions[0]!);

    expect(vi.mocked(ambassadorsApi).listAmbassadors.mock.calls.map(([query]) => query)).toEqual([
      { role: 'trainer', limit: 200, offset: 0 },
      { role: 'trainer', limit: 200, offset: 200 },
      { role: 'digital_buddy', limit: 200, offset: 0 },
    ]);
    expect(employees.listEmployees.mock.calls.map(([query]) => [query.offset, query.includeSubdepartments])).toEqual([
      [0, false],
      [200, false],
      [0, true],
    ]);
    expect(store.trainers.get(trainerIds.fatima)?.name).toBe('Fatima el Amrani');
    expect(store.employeeNames.get(participants.annemiek.id)).toBe('Annemiek Bos');
    expect(store.employeeNames.size).toBe(202);
  });

  it('reads the whole subtree only when a participant works below the session’s department', async () => {
    employees.listEmployees
      .mockResolvedValueOnce({ items: [employee(participants.annemiek)], total: 1, nextCursor: null })
      .mockResolvedValueOnce({
        items: [employee(participants.annemiek), employee(participants.bart)],
        total: 2,
        nextCursor: null,
      });
    const store = useTrainingPlanStore();
    await store.propose(body);

    await store.loadParticipants(store.sessions[0]!);
    await store.loadParticipants(store.sessions[0]!);

    expect(employees.listEmployees.mock.calls.map(([query]) => query.includeSubdepartments)).toEqual([false, true]);
    expect(employees.listEmployees.mock.calls[1]![0].departmentId).toBe(departmentIds.beuk);
    expect(store.employeeNames.get(participants.bart.id)).toBe('Bart Kok');
  });

  it('keeps an apply that failed for another reason than a conflict as an error, not as conflicts', async () => {
    api.applyPlan.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const store = useTrainingPlanStore();
    await store.propose(body);

    expect(await store.apply()).toBe(false);

    expect(store.applyError?.code).toBe('database_unavailable');
    expect(store.conflicts).toEqual([]);
    expect(store.created).toBeNull();
  });

  it('replaces the conflicts by the error when applying anyway fails for another reason', async () => {
    api.applyPlan
      .mockRejectedValueOnce(new ApiError({ status: 409, code: 'schedule_conflict', conflicts: [conflict] }))
      .mockRejectedValueOnce(new ApiError({ status: 409, code: 'enrolment_overlap' }));
    const store = useTrainingPlanStore();
    await store.propose(body);

    await store.apply();
    expect(store.conflicts).toEqual([conflict]);
    await store.apply(true);

    expect(api.applyPlan.mock.calls.map(([, force]) => force)).toEqual([false, true]);
    expect(store.conflicts).toEqual([]);
    expect(store.applyError?.code).toBe('enrolment_overlap');
  });

  it('sends nothing when every session was taken out of the plan', async () => {
    const store = useTrainingPlanStore();
    await store.propose(body);
    for (const session of store.sessions) store.setRemoved(session.index, true);

    expect(await store.apply()).toBe(false);
    expect(api.applyPlan).not.toHaveBeenCalled();
  });
});
