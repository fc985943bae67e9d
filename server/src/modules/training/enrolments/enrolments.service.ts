import type { BulkEnrolBody, Enrolment } from '@ambassador/shared';
import { NotFound, ValidationFailed } from '../../../http/errors.ts';
import { findAmbassadorByEmployee } from '../../ambassadors/ambassadors.repository.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { findEmployeeRef } from '../../employees/employees.repository.ts';
import {
  bulkCandidates,
  enrolmentsOf,
  findEnrolment,
  isTrained,
  promoteWaitlisted,
  overlappingEnrolment,
  registeredCount,
  setEnrolmentStatus,
  upsertEnrolment,
} from './enrolments.repository.ts';
import { lockSession, type SessionRow } from '../sessions/sessions.repository.ts';
import type { ActorScope } from '../../../http/actor.ts';
import { assertMayRun } from '../sessions/sessions.service.ts';
import { mailEnrolment } from './enrolment-mail.ts';
import { AlreadyEnrolled, EmployeeLeft, EnrolmentOverlap, NotAnAmbassador, SessionClosed } from '../training.errors.ts';

type Tx = Parameters<Parameters<ActorScope['db']['transaction']>[0]>[0];

function assertOpen(session: SessionRow) {
  if (session.status !== 'planned') throw new SessionClosed(session.status);
}

/**
 * Gives one employee a place, or a place on the waitlist when the session is full. The caller holds the session's row
 * lock, so the count it reads cannot change before the insert: capacity holds under concurrent requests.
 */
async function enrolLocked(tx: Tx, actor: ActorScope, session: SessionRow, employeeId: string, dryRun = false) {
  const scope = { db: tx, organisationId: actor.organisationId, sessionId: session.id };
  const existing = await findEnrolment({ ...scope, employeeId });
  if (existing && existing.status !== 'cancelled') throw new AlreadyEnrolled();
  const overlap = await overlappingEnrolment({
    ...scope,
    employeeId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    excludeSessionId: session.id,
  });
  if (overlap) throw new EnrolmentOverlap(overlap.title);
  const status = (await registeredCount(scope)) < session.capacity ? 'registered' : 'waitlisted';
  if (!dryRun) await upsertEnrolment({ ...scope, employeeId, status, enrolledBy: actor.userId });
  return status;
}

async function waitlistPosition(tx: Tx, actor: ActorScope, sessionId: string, employeeId: string) {
  const waitlist = (await enrolmentsOf({ db: tx, organisationId: actor.organisationId, sessionId })).filter(
    (row) => row.status === 'waitlisted',
  );
  const index = waitlist.findIndex((row) => row.employeeId === employeeId);
  return index < 0 ? null : index + 1;
}

/** With `publicUrl` (a request, not the demo seed) the employee is mailed her place or waitlist position. */
export async function enrol(
  actor: ActorScope & { sessionId: string; employeeId: string; dryRun?: boolean; publicUrl?: string },
): Promise<Enrolment> {
  await assertMayRun(actor);
  const { employeeId } = actor;
  const employee = await findEmployeeRef(actor);
  if (!employee) throw new ValidationFailed([{ field: 'employeeId', code: 'not_found', message: 'unknown employee' }]);
  if (employee.status === 'left') throw new EmployeeLeft();
  return actor.db.transaction(async (tx) => {
    const session = await lockSession({ db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId });
    if (!session) throw new NotFound('training session');
    assertOpen(session);
    if (
      session.kind === 'train_the_trainer' &&
      !(await findAmbassadorByEmployee({ db: tx, organisationId: actor.organisationId, employeeId }))
    )
      throw new NotAnAmbassador();
    const dryRun = actor.dryRun === true;
    const status = await enrolLocked(tx, actor, session, employeeId, dryRun);
    const waitlisted = async () =>
      dryRun
        ? (await enrolmentsOf({ db: tx, organisationId: actor.organisationId, sessionId: session.id })).filter(
            (row) => row.status === 'waitlisted',
          ).length + 1
        : await waitlistPosition(tx, actor, session.id, employeeId);
    const position = status === 'waitlisted' ? await waitlisted() : null;
    if (!dryRun && actor.publicUrl)
      await mailEnrolment({
        tx,
        actor,
        session,
        employeeIds: [employeeId],
        event: status === 'registered' ? 'confirmed' : 'waitlisted',
        publicUrl: actor.publicUrl,
      });
    const alreadyTrained =
      session.kind === 'end_user' && (await isTrained({ db: tx, organisationId: actor.organisationId, employeeId }));
    return { employeeId, status, position, ...(alreadyTrained ? { alreadyTrained } : {}) };
  });
}

/** Enrols a department's untrained active employees (and its sub-departments' by default) in one transaction. */
export async function enrolDepartment(
  actor: ActorScope & { sessionId: string; body: BulkEnrolBody; dryRun?: boolean; publicUrl?: string },
) {
  await assertMayRun(actor);
  const tree = await loadTree(actor);
  const { departmentId, includeSubdepartments } = actor.body;
  if (!tree.byId.has(departmentId))
    throw new ValidationFailed([{ field: 'departmentId', code: 'not_found', message: 'unknown department' }]);
  const departmentIds = includeSubdepartments === false ? [departmentId] : tree.subtree(departmentId);
  return actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId };
    const session = await lockSession(scope);
    if (!session) throw new NotFound('training session');
    assertOpen(session);
    const { candidates, skipped } = await bulkCandidates({
      ...scope,
      departmentIds,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
    });
    let eligible = candidates;
    let notAmbassadors = 0;
    if (session.kind === 'train_the_trainer') {
      eligible = [];
      for (const employeeId of candidates)
        if (await findAmbassadorByEmployee({ db: tx, organisationId: actor.organisationId, employeeId }))
          eligible.push(employeeId);
      notAmbassadors = candidates.length - eligible.length;
    }
    const freePlaces = Math.max(0, session.capacity - (await registeredCount(scope)));
    let free = freePlaces;
    const result = { registered: 0, waitlisted: 0, skipped: skipped + notAmbassadors, freePlaces };
    const placed: Record<'registered' | 'waitlisted', string[]> = { registered: [], waitlisted: [] };
    for (const employeeId of eligible) {
      const status = free > 0 ? 'registered' : 'waitlisted';
      if (free > 0) free -= 1;
      if (!actor.dryRun) await upsertEnrolment({ ...scope, employeeId, status, enrolledBy: actor.userId });
      result[status] += 1;
      placed[status].push(employeeId);
    }
    if (!actor.dryRun && actor.publicUrl) {
      const mail = { tx, actor, session, publicUrl: actor.publicUrl };
      await mailEnrolment({ ...mail, employeeIds: placed.registered, event: 'confirmed' });
      await mailEnrolment({ ...mail, employeeIds: placed.waitlisted, event: 'waitlisted' });
    }
    return result;
  });
}

/** Cancels a place; the first on the waitlist moves up when a registered place came free. */
export async function cancelEnrolment(
  actor: ActorScope & { sessionId: string; employeeId: string; publicUrl?: string },
) {
  await assertMayRun(actor);
  return actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId };
    const session = await lockSession(scope);
    if (!session) throw new NotFound('training session');
    assertOpen(session);
    const existing = await findEnrolment({ ...scope, employeeId: actor.employeeId });
    if (!existing || existing.status === 'cancelled') throw new NotFound('enrolment');
    await setEnrolmentStatus({ ...scope, employeeIds: [actor.employeeId], status: 'cancelled' });
    const [promotedEmployeeId] = await promoteWaitlisted({ ...scope, capacity: session.capacity });
    if (promotedEmployeeId && actor.publicUrl)
      await mailEnrolment({
        tx,
        actor,
        session,
        employeeIds: [promotedEmployeeId],
        event: 'promoted',
        publicUrl: actor.publicUrl,
      });
    return { employeeId: actor.employeeId, promotedEmployeeId: promotedEmployeeId ?? null };
  });
}
