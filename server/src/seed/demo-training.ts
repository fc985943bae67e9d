import { and, asc, eq, ne } from 'drizzle-orm';
import { DateTime, type WeekdayNumbers } from 'luxon';
import type { ActorScope } from '../http/actor.ts';
import { findAmbassadorByEmployee } from '../modules/ambassadors/ambassadors.repository.ts';
import { employeeIdsByNumber } from '../modules/employees/employees.repository.ts';
import { employees } from '../db/schema/employees.ts';
import { takeAttendance } from '../modules/training/enrolments/attendance.service.ts';
import { enrol } from '../modules/training/enrolments/enrolments.service.ts';
import { create } from '../modules/training/sessions/sessions.service.ts';

const TIMEZONE = 'Europe/Amsterdam';
/** The ambassadors the communication team trained as trainers: one each in Beuk, Rivierzicht and Team Zuid. */
const TRAINERS = ['1015', '1249', '1356'];
const PILOT_USERS = ['1141', '1205'];

/** A weekday at a wall-clock time, `weeks` from this week (negative: in the past). */
function at(weeks: number, weekday: WeekdayNumbers, hour: number, minutes = 90) {
  const start = DateTime.now()
    .setZone(TIMEZONE)
    .plus({ weeks })
    .set({ weekday, hour, minute: 0, second: 0, millisecond: 0 });
  return { startsAt: start.toISO()!, endsAt: start.plus({ minutes }).toISO()! };
}

/**
 * The training story so far: the communication team certified three ambassador trainers, one of them gave the pilot
 * session (pilot users and her own colleagues), and the first wave is planned for next week, so the calendar, the
 * cascade and the training coverage open on real data.
 */
export async function seedTraining({ admin }: { admin: ActorScope }) {
  const { db, organisationId } = admin;
  const numbers = await employeeIdsByNumber({ db, organisationId, numbers: [...TRAINERS, ...PILOT_USERS] });
  const employee = (number: string) => numbers.get(number)!;
  const ambassadorId = async (number: string) =>
    (await findAmbassadorByEmployee({ db, organisationId, employeeId: employee(number) }))!.id;
  const departmentOf = async (number: string) => {
    const [row] = await db
      .select({ departmentId: employees.departmentId })
      .from(employees)
      .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employee(number))));
    return row!.departmentId;
  };
  /** Active colleagues of the same department, by name. */
  const colleagues = async (number: string, count: number) =>
    (
      await db
        .select({ id: employees.id })
        .from(employees)
        .where(
          and(
            eq(employees.organisationId, organisationId),
            eq(employees.departmentId, await departmentOf(number)),
            eq(employees.status, 'active'),
            ne(employees.id, employee(number)),
          ),
        )
        .orderBy(asc(employees.name), asc(employees.id))
        .limit(count)
    ).map((row) => row.id);

  const certification = await create({
    ...admin,
    force: true,
    body: {
      kind: 'train_the_trainer',
      title: 'Train-de-trainer: het nieuwe intranet',
      ...at(-3, 2, 13, 180),
      recordsPast: true,
      location: 'Hoofdkantoor, zaal Horizon',
      capacity: 8,
      trainerUserIds: [admin.userId],
      wave: 'train-de-trainer',
    },
  });
  for (const number of TRAINERS) await enrol({ ...admin, sessionId: certification.id, employeeId: employee(number) });
  await takeAttendance({
    ...admin,
    sessionId: certification.id,
    body: { attendance: TRAINERS.map((number) => ({ employeeId: employee(number), status: 'attended' as const })) },
  });

  const pilotAttendees = [...PILOT_USERS.map(employee), ...(await colleagues('1015', 8))];
  const pilot = await create({
    ...admin,
    force: true,
    body: {
      kind: 'end_user',
      title: 'Pilot: werken met het nieuwe intranet',
      ...at(-2, 4, 10),
      recordsPast: true,
      location: 'De Linde, leslokaal',
      capacity: 12,
      trainerIds: [await ambassadorId('1015')],
      departmentIds: [await departmentOf('1015')],
      wave: 'pilot',
    },
  });
  for (const employeeId of pilotAttendees) await enrol({ ...admin, sessionId: pilot.id, employeeId });
  await takeAttendance({
    ...admin,
    sessionId: pilot.id,
    // One colleague was ill: a no-show stays untrained and comes back in the wave plan.
    body: {
      attendance: pilotAttendees.map((employeeId, index) => ({
        employeeId,
        status: index === pilotAttendees.length - 1 ? ('no_show' as const) : ('attended' as const),
      })),
    },
  });

  const firstWave: [string, WeekdayNumbers, number, string][] = [
    ['1249', 2, 10, 'Rivierzicht, huiskamer'],
    ['1356', 3, 14, 'De Hooiberg, teamruimte'],
    ['1015', 4, 10, 'De Linde, leslokaal'],
  ];
  for (const [number, weekday, hour, location] of firstWave) {
    const departmentId = await departmentOf(number);
    const session = await create({
      ...admin,
      force: true,
      body: {
        kind: 'end_user',
        title: 'Golf 1: werken met het nieuwe intranet',
        ...at(1, weekday, hour),
        location,
        capacity: 10,
        trainerIds: [await ambassadorId(number)],
        departmentIds: [departmentId],
        wave: 'golf 1',
      },
    });
    const trained = new Set(pilotAttendees);
    for (const employeeId of (await colleagues(number, 20)).filter((id) => !trained.has(id)).slice(0, 8))
      await enrol({ ...admin, sessionId: session.id, employeeId });
  }
}
