import type { SessionEnrolment, TrainingSession, TrainingSessionDetail } from '@ambassador/shared';
import { departmentIds, layerIds } from './fixtures.ts';

export const sessionId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000006${String(n).padStart(2, '0')}`;
export const enrolleeId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000007${String(n).padStart(2, '0')}`;

/** An end-user session on Tuesday 10 March 2026, 09:00–11:00 Amsterdam time. */
export function trainingSession(overrides: Partial<TrainingSession> = {}, n = 1): TrainingSession {
  return {
    id: sessionId(n),
    kind: 'end_user',
    title: `Teams basis ${n}`,
    description: null,
    startsAt: '2026-03-10T08:00:00.000Z',
    endsAt: '2026-03-10T10:00:00.000Z',
    location: 'De Linde, zaal 2',
    onlineUrl: null,
    capacity: 2,
    wave: 'Golf 1',
    status: 'planned',
    externalTrainer: null,
    trainerIds: ['6f1c2d3e-0000-4000-8000-000000000401'],
    trainerUserIds: [],
    trainers: [
      {
        ambassadorId: '6f1c2d3e-0000-4000-8000-000000000401',
        employeeId: '6f1c2d3e-0000-4000-8000-000000000301',
        name: 'Bram Jansen',
        departmentId: departmentIds.beuk,
        certified: true,
      },
    ],
    trainerUsers: [],
    departmentIds: [departmentIds.linde],
    layerIds: [layerIds.zorg],
    departments: [{ id: departmentIds.linde, name: 'De Linde', path: 'Wonen en Zorg / De Linde' }],
    layers: [{ id: layerIds.zorg, name: 'Zorg en behandeling' }],
    registeredCount: 0,
    waitlistedCount: 0,
    attendedCount: 0,
    myEnrolment: null,
    isTrainer: false,
    sequence: 0,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}

export function enrolment(n: number, overrides: Partial<SessionEnrolment> = {}): SessionEnrolment {
  return {
    employeeId: enrolleeId(n),
    employeeNumber: String(2000 + n),
    name: `Collega ${n}`,
    departmentName: 'Afdeling Beuk',
    layerName: 'Zorg en behandeling',
    status: 'registered',
    position: null,
    enrolledAt: `2026-02-0${Math.min(n, 9)}T09:00:00.000Z`,
    ...overrides,
  };
}

/** Two places taken (Ans, Bert), Cor and Dirk waiting in that order, Els withdrawn. */
export const fullEnrolments: SessionEnrolment[] = [
  enrolment(1, { name: 'Bert Bakker' }),
  enrolment(2, { name: 'Ans Aalders' }),
  enrolment(4, { name: 'Dirk Dekker', status: 'waitlisted', position: 2 }),
  enrolment(3, { name: 'Cor Claassen', status: 'waitlisted', position: 1 }),
  enrolment(5, { name: 'Els Evers', status: 'cancelled' }),
];

export function sessionDetail(
  overrides: Partial<TrainingSessionDetail> = {},
  enrolments: SessionEnrolment[] | null = fullEnrolments,
): TrainingSessionDetail {
  return {
    ...trainingSession({ registeredCount: 2, waitlistedCount: 2 }),
    ...(enrolments ? { enrolments } : {}),
    ...overrides,
  };
}
