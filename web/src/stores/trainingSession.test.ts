import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sessionsApi from '../api/trainingSessions.ts';
import { ApiError } from '../api/http.ts';
import { enrolleeId, sessionDetail, sessionId, trainingSession } from '../test/trainingFixtures.ts';
import { useTrainingSessionStore } from './trainingSession.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/trainingSessions.ts');
const api = vi.mocked(sessionsApi);

const body = {
  kind: 'end_user' as const,
  title: 'Teams basis',
  startsAt: '2026-03-10T08:00:00.000Z',
  endsAt: '2026-03-10T10:00:00.000Z',
  capacity: 12,
};

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  api.getTrainingSession.mockResolvedValue(sessionDetail());
});

describe('training session store', () => {
  it('creates a session, keeps its warnings and says so on the session page', async () => {
    const created = sessionDetail({ warnings: [{ code: 'outside_working_hours', message: 'Outside hours' }] }, []);
    api.createTrainingSession.mockResolvedValue(created);
    const store = useTrainingSessionStore();

    await store.save(body);

    expect(api.createTrainingSession).toHaveBeenCalledWith(body, undefined);
    expect(store.session?.id).toBe(created.id);
    expect(store.warnings.map((w) => w.code)).toEqual(['outside_working_hours']);
    expect(store.notice).toBe('created');
    // Opening the page of the new session keeps both.
    await store.load(created.id);
    expect(store.warnings).toHaveLength(1);
    expect(store.notice).toBe('created');
  });

  it('hands a schedule conflict to the caller and resends with force when asked', async () => {
    const conflict = new ApiError({
      status: 409,
      code: 'schedule_conflict',
      conflicts: [
        {
          sessionId: sessionId(9),
          title: 'Intranet verdieping',
          startsAt: body.startsAt,
          endsAt: body.endsAt,
          reason: 'location',
          subject: 'De Linde, zaal 2',
        },
      ],
    });
    api.updateTrainingSession.mockRejectedValueOnce(conflict).mockResolvedValueOnce(sessionDetail());
    const store = useTrainingSessionStore();
    await store.load(sessionId(1));

    await expect(store.save(body, { id: sessionId(1) })).rejects.toBe(conflict);
    await store.save(body, { id: sessionId(1), force: true });

    expect(api.updateTrainingSession.mock.calls).toEqual([
      [sessionId(1), body, undefined],
      [sessionId(1), body, true],
    ]);
  });

  it('keeps the enrolments on screen when a change answers without them', async () => {
    const store = useTrainingSessionStore();
    await store.load(sessionId(1));
    api.updateTrainingSession.mockResolvedValue({ ...trainingSession({ status: 'cancelled' }) });

    await store.setStatus('cancelled');

    expect(api.updateTrainingSession).toHaveBeenCalledWith(sessionId(1), { status: 'cancelled' }, false);
    expect(store.session?.status).toBe('cancelled');
    expect(store.session?.enrolments).toHaveLength(5);
  });

  it('names who was withdrawn and who moved up from the waitlist', async () => {
    api.cancelEnrolment.mockResolvedValue({ employeeId: enrolleeId(2), promotedEmployeeId: enrolleeId(3) });
    const store = useTrainingSessionStore();
    await store.load(sessionId(1));

    const result = await store.cancelEnrolment(enrolleeId(2));

    expect(result).toEqual({ name: 'Ans Aalders', promotedName: 'Cor Claassen' });
    expect(api.getTrainingSession).toHaveBeenCalledTimes(2);
  });

  it('reloads the session after enrolling someone', async () => {
    api.enrolEmployee.mockResolvedValue({ employeeId: enrolleeId(8), status: 'waitlisted', position: 3 });
    const store = useTrainingSessionStore();
    await store.load(sessionId(1));

    const result = await store.enrol(enrolleeId(8));

    expect(result.status).toBe('waitlisted');
    expect(api.enrolEmployee).toHaveBeenCalledWith(sessionId(1), enrolleeId(8));
    expect(api.getTrainingSession).toHaveBeenCalledTimes(2);
  });

  it('stores the attendance and leaves a notice for the session page', async () => {
    api.saveAttendance.mockResolvedValue(sessionDetail({ status: 'completed' }));
    const store = useTrainingSessionStore();
    await store.load(sessionId(1));

    await store.saveAttendance({ attendance: [{ employeeId: enrolleeId(1), status: 'attended' }] });

    expect(store.session?.status).toBe('completed');
    expect(store.notice).toBe('attendanceSaved');
  });

  it('starts clean when another session is opened, and keeps the load error', async () => {
    const store = useTrainingSessionStore();
    await store.save(body).catch(() => undefined);
    api.getTrainingSession.mockRejectedValue(new ApiError({ status: 404, code: 'not_found' }));

    await store.load(sessionId(2));

    expect(store.session).toBeNull();
    expect(store.notice).toBeNull();
    expect(store.error?.code).toBe('not_found');
  });
});
