import type { AttendanceBody, AttendanceStatus } from '@ambassador/shared';
import { NotFound, ValidationFailed, type FieldError } from '../../../http/errors.ts';
import { dayIn } from '../../../lib/days.ts';
import { upsertTrainingGiven } from '../../activities/activities.repository.ts';
import { grantRoleToEmployees } from '../../ambassadors/ambassadors.repository.ts';
import { enrolmentsOf, setEnrolmentStatus } from './enrolments.repository.ts';
import { lockSession, sessionParts, updateSession } from '../sessions/sessions.repository.ts';
import type { ActorScope } from '../../../http/actor.ts';
import { assertMayRun, get } from '../sessions/sessions.service.ts';
import { SessionClosed, SessionNotStarted } from '../training.errors.ts';

/**
 * Marks who came. The session becomes completed; each ambassador trainer gets (or updates) one `training_given`
 * activity counting the attendees; attendees of a train-the-trainer session who are ambassadors get the trainer role.
 * Attendance can be corrected later: sending it again overwrites the marks it names.
 */
export async function takeAttendance(actor: ActorScope & { sessionId: string; body: AttendanceBody }) {
  await assertMayRun(actor);
  const { timezone } = actor;
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId };
    const session = await lockSession(scope);
    if (!session) throw new NotFound('training session');
    if (session.status === 'cancelled') throw new SessionClosed('cancelled');
    if (session.startsAt.getTime() > Date.now()) throw new SessionNotStarted();

    const enrolled = new Map((await enrolmentsOf(scope)).map((row) => [row.employeeId, row.status]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    actor.body.attendance.forEach(({ employeeId }, index) => {
      const status = enrolled.get(employeeId);
      if (!status || status === 'cancelled')
        errors.push({ field: `attendance.${index}.employeeId`, code: 'not_enrolled', message: 'not enrolled' });
      if (seen.has(employeeId))
        errors.push({ field: `attendance.${index}.employeeId`, code: 'duplicate', message: 'listed twice' });
      seen.add(employeeId);
    });
    if (errors.length > 0) throw new ValidationFailed(errors);

    const ids = (status: AttendanceStatus) =>
      actor.body.attendance.filter((mark) => mark.status === status).map((mark) => mark.employeeId);
    await setEnrolmentStatus({ ...scope, employeeIds: ids('attended'), status: 'attended' });
    await setEnrolmentStatus({ ...scope, employeeIds: ids('no_show'), status: 'no_show' });
    if (session.status !== 'completed')
      await updateSession({ ...scope, changes: { status: 'completed', completedAt: new Date() } });

    const attended = [...enrolled].filter(([employeeId, status]) =>
      seen.has(employeeId) ? ids('attended').includes(employeeId) : status === 'attended',
    ).length;
    const { trainers } = await sessionParts({ ...scope, sessionIds: [session.id] });
    const occurredOn = dayIn(timezone, session.startsAt);
    for (const trainer of trainers) {
      if (!trainer.ambassadorId) continue;
      await upsertTrainingGiven({
        db: tx,
        organisationId: actor.organisationId,
        ambassadorId: trainer.ambassadorId,
        sessionId: session.id,
        occurredOn,
        count: attended,
        note: session.title,
        createdBy: actor.userId,
      });
    }
    if (session.kind === 'train_the_trainer')
      await grantRoleToEmployees({
        db: tx,
        organisationId: actor.organisationId,
        employeeIds: ids('attended'),
        role: 'trainer',
      });
  });
  return get(actor);
}
