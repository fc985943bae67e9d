import { and, eq, inArray, sql } from 'drizzle-orm';
import type {
  CreateTrainingSessionBody,
  EnrolmentStatus,
  Role,
  SessionEnrolment,
  TrainingSession,
  TrainingSessionDetail,
  TrainingSessionListQuery,
  UpdateTrainingSessionBody,
} from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { Forbidden, NotFound, ValidationFailed, type FieldError } from '../../http/errors.ts';
import { findAmbassadorByEmployee } from '../ambassadors/ambassadors.repository.ts';
import type { DepartmentTree } from '../departments/department-tree.ts';
import { loadTree } from '../departments/departments.service.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { findUser } from '../users/users.repository.ts';
import { certifications, enrolmentsOf, promoteWaitlisted } from './enrolments.repository.ts';
import { ScheduleConflictError, SessionHasAttendance } from './training.errors.ts';
import { trainingEnrolments } from './training.table.ts';
import {
  clashes,
  deleteSession,
  findSession,
  insertSession,
  knownIds,
  listSessions,
  lockSession,
  replaceAudience,
  replaceTrainers,
  sessionIdsForAudience,
  sessionParts,
  updateSession,
  type SessionRow,
  type Viewer,
} from './sessions.repository.ts';
import { sessionWarnings } from './warnings.ts';

type Scope = { db: Db; organisationId: string };
export type Actor = Scope & { userId: string; role: Role };

export async function viewerOf(actor: Actor): Promise<Viewer> {
  const user = await findUser(actor);
  const employeeId = user?.employeeId ?? null;
  const ambassador = employeeId ? await findAmbassadorByEmployee({ ...actor, employeeId }) : undefined;
  return { userId: actor.userId, role: actor.role, employeeId, ambassadorId: ambassador?.id ?? null };
}

export async function timezoneOf(scope: Scope) {
  return (await findOrganisation(scope))?.timezone ?? 'Europe/Amsterdam';
}

/** Employee ids of certified trainers (attended a completed train-the-trainer session). */
export async function certifiedEmployeeIds(scope: Scope) {
  return new Set((await certifications(scope)).map((row) => row.employeeId));
}

/** Sessions as the API shows them: trainers, audience, counts and the viewer's own part, in a fixed number of queries. */
export async function present(scope: Scope, sessions: SessionRow[], viewer: Viewer, tree?: DepartmentTree) {
  const sessionIds = sessions.map((session) => session.id);
  const [parts, certified, departmentTree, mine] = await Promise.all([
    sessionParts({ ...scope, sessionIds }),
    certifiedEmployeeIds(scope),
    tree ?? loadTree(scope),
    viewer.employeeId && sessionIds.length > 0
      ? scope.db
          .select({ sessionId: trainingEnrolments.sessionId, status: trainingEnrolments.status })
          .from(trainingEnrolments)
          .where(
            and(
              eq(trainingEnrolments.organisationId, scope.organisationId),
              eq(trainingEnrolments.employeeId, viewer.employeeId),
              inArray(trainingEnrolments.sessionId, sessionIds),
            ),
          )
      : Promise.resolve([]),
  ]);
  const group = <T extends { sessionId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.sessionId, [...(map.get(item.sessionId) ?? []), item]);
    return map;
  };
  const trainers = group(parts.trainers);
  const departments = group(parts.departments);
  const layers = group(parts.layers);
  const counts = group(parts.counts);
  const myStatus = new Map(mine.map((row) => [row.sessionId, row.status as EnrolmentStatus]));

  return sessions.map((session): TrainingSession => {
    const own = trainers.get(session.id) ?? [];
    const ambassadorTrainers = own.filter((trainer) => trainer.ambassadorId);
    const userTrainers = own.filter((trainer) => trainer.userId);
    const count = (status: string) => counts.get(session.id)?.find((row) => row.status === status)?.count ?? 0;
    return {
      id: session.id,
      kind: session.kind,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      location: session.location,
      onlineUrl: session.onlineUrl,
      capacity: session.capacity,
      wave: session.wave,
      status: session.status,
      externalTrainer: session.externalTrainer,
      trainerIds: ambassadorTrainers.map((trainer) => trainer.ambassadorId!),
      trainerUserIds: userTrainers.map((trainer) => trainer.userId!),
      trainers: ambassadorTrainers.map((trainer) => ({
        ambassadorId: trainer.ambassadorId!,
        employeeId: trainer.employeeId!,
        name: trainer.name,
        departmentId: trainer.departmentId!,
        certified: certified.has(trainer.employeeId!),
      })),
      trainerUsers: userTrainers.map((trainer) => ({ userId: trainer.userId!, name: trainer.name })),
      departmentIds: (departments.get(session.id) ?? []).map((department) => department.id),
      layerIds: (layers.get(session.id) ?? []).map((layer) => layer.id),
      departments: (departments.get(session.id) ?? []).map(({ id, name }) => ({
        id,
        name,
        path: departmentTree.path(id),
      })),
      layers: (layers.get(session.id) ?? []).map(({ id, name }) => ({ id, name })),
      // An attendee held a place, so she counts as registered too: the count never drops when attendance is taken.
      registeredCount: count('registered') + count('attended') + count('no_show'),
      waitlistedCount: count('waitlisted'),
      attendedCount: count('attended'),
      myEnrolment: myStatus.get(session.id) ?? null,
      isTrainer: own.some(
        (trainer) =>
          (trainer.userId !== null && trainer.userId === viewer.userId) ||
          (trainer.ambassadorId !== null && trainer.ambassadorId === viewer.ambassadorId),
      ),
      sequence: session.sequence,
      createdAt: session.createdAt.toISOString(),
      updatedAt: session.updatedAt.toISOString(),
    };
  });
}

export async function list(actor: Actor & { query: TrainingSessionListQuery }) {
  const limit = actor.query.limit ?? 100;
  const offset = actor.query.offset ?? 0;
  const viewer = await viewerOf(actor);
  const { items, total } = await listSessions({ ...actor, filter: actor.query, viewer, limit, offset });
  const next = offset + items.length;
  return {
    items: await present(actor, items, viewer),
    total,
    nextCursor: next < total ? String(next) : null,
  };
}

/** The waitlist position of each waitlisted person, in the order it is served. */
export function withPositions(rows: Awaited<ReturnType<typeof enrolmentsOf>>): SessionEnrolment[] {
  let position = 0;
  return rows.map((row) => ({
    ...row,
    enrolledAt: new Date(row.enrolledAt).toISOString(),
    position: row.status === 'waitlisted' ? ++position : null,
  }));
}

export async function get(actor: Actor & { sessionId: string }): Promise<TrainingSessionDetail> {
  const session = await findSession(actor);
  if (!session) throw new NotFound('training session');
  const viewer = await viewerOf(actor);
  const [dto] = await present(actor, [session], viewer);
  if (actor.role !== 'admin' && !dto!.isTrainer) return dto!;
  return { ...dto!, enrolments: withPositions(await enrolmentsOf(actor)) };
}

/** Admins and the session's own trainers may run its enrolments and attendance; anyone else gets 403. */
export async function assertMayRun(actor: Actor & { sessionId: string }) {
  const detail = await get(actor);
  if (actor.role === 'admin') return detail;
  if (actor.role === 'ambassador' && detail.isTrainer) return detail;
  throw new Forbidden();
}

type Fields = {
  kind: SessionRow['kind'];
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  trainerIds: string[];
  trainerUserIds: string[];
  departmentIds: string[];
  layerIds: string[];
};

export async function checkReferences(scope: Scope, fields: Omit<Fields, 'kind' | 'startsAt' | 'endsAt' | 'location'>) {
  const known = await knownIds({
    ...scope,
    ambassadorIds: fields.trainerIds,
    userIds: fields.trainerUserIds,
    departmentIds: fields.departmentIds,
    layerIds: fields.layerIds,
  });
  const errors: FieldError[] = [];
  const check = (field: string, ids: string[], found: Set<string>, what: string) =>
    ids.forEach((id, index) => {
      if (!found.has(id)) errors.push({ field: `${field}.${index}`, code: 'not_found', message: `unknown ${what}` });
    });
  check('trainerIds', fields.trainerIds, known.ambassadors, 'ambassador');
  check('trainerUserIds', fields.trainerUserIds, known.users, 'user');
  check('departmentIds', fields.departmentIds, known.departments, 'department');
  check('layerIds', fields.layerIds, known.layers, 'layer');
  if (errors.length > 0) throw new ValidationFailed(errors);
}

function checkTimes(startsAt: Date, endsAt: Date) {
  if (endsAt.getTime() <= startsAt.getTime())
    throw new ValidationFailed([{ field: 'endsAt', code: 'ends_before_start', message: 'must be after startsAt' }]);
  if (endsAt.getTime() - startsAt.getTime() > 24 * 3600 * 1000)
    throw new ValidationFailed([{ field: 'endsAt', code: 'too_long', message: 'a session lasts at most 24 hours' }]);
}

/** A trainer or location booked at an overlapping time stops the save unless `force`. */
export async function assertNoClash(scope: Scope, fields: Fields, force: boolean, excludeSessionId?: string) {
  if (force) return;
  const found = await clashes({
    ...scope,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    ambassadorIds: fields.trainerIds,
    userIds: fields.trainerUserIds,
    location: fields.location,
    excludeSessionId,
  });
  if (found.length > 0) throw new ScheduleConflictError(found);
}

async function withWarnings(actor: Actor & { sessionId: string }) {
  const detail = await get(actor);
  const warnings = await sessionWarnings({
    ...actor,
    timezone: await timezoneOf(actor),
    session: {
      kind: detail.kind,
      startsAt: new Date(detail.startsAt),
      endsAt: new Date(detail.endsAt),
      status: detail.status,
      departmentIds: detail.departmentIds,
      layerIds: detail.layerIds,
    },
    uncertifiedTrainers: detail.trainers.filter((trainer) => !trainer.certified).map((trainer) => trainer.name),
  });
  return { ...detail, warnings };
}

const clean = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null);

/** Serialises schedule checks and writes of one organisation, so two saves cannot both pass the clash check. */
export async function lockSchedule(db: Db, organisationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training-schedule:${organisationId}`}, 0))`);
}

export async function create(actor: Actor & { body: CreateTrainingSessionBody; force: boolean }) {
  const { body } = actor;
  const fields: Fields = {
    kind: body.kind,
    startsAt: new Date(body.startsAt),
    endsAt: new Date(body.endsAt),
    location: clean(body.location) ?? null,
    trainerIds: body.trainerIds ?? [],
    trainerUserIds: body.trainerUserIds ?? [],
    departmentIds: body.departmentIds ?? [],
    layerIds: body.layerIds ?? [],
  };
  checkTimes(fields.startsAt, fields.endsAt);
  await checkReferences(actor, fields);
  const created = await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId };
    await lockSchedule(tx, actor.organisationId);
    await assertNoClash(scope, fields, actor.force);
    const row = await insertSession({
      ...scope,
      values: {
        kind: body.kind,
        title: body.title.trim(),
        description: clean(body.description) ?? null,
        startsAt: fields.startsAt,
        endsAt: fields.endsAt,
        location: fields.location,
        onlineUrl: clean(body.onlineUrl) ?? null,
        capacity: body.capacity,
        wave: clean(body.wave) ?? null,
        externalTrainer: clean(body.externalTrainer) ?? null,
        createdBy: actor.userId,
      },
    });
    await replaceTrainers({
      ...scope,
      sessionId: row.id,
      ambassadorIds: fields.trainerIds,
      userIds: fields.trainerUserIds,
    });
    await replaceAudience({
      ...scope,
      sessionId: row.id,
      departmentIds: fields.departmentIds,
      layerIds: fields.layerIds,
    });
    return row;
  });
  return withWarnings({ ...actor, sessionId: created.id });
}

export async function update(actor: Actor & { sessionId: string; body: UpdateTrainingSessionBody; force: boolean }) {
  const { body, sessionId } = actor;
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId };
    await lockSchedule(tx, actor.organisationId);
    const current = await lockSession({ ...scope, sessionId });
    if (!current) throw new NotFound('training session');
    const parts = await sessionParts({ ...scope, sessionIds: [sessionId] });
    const audience = await sessionIdsForAudience({ ...scope, sessionId });
    const fields: Fields = {
      kind: body.kind ?? current.kind,
      startsAt: body.startsAt ? new Date(body.startsAt) : current.startsAt,
      endsAt: body.endsAt ? new Date(body.endsAt) : current.endsAt,
      location: body.location === undefined ? current.location : (clean(body.location) ?? null),
      trainerIds:
        body.trainerIds ?? parts.trainers.flatMap((trainer) => (trainer.ambassadorId ? [trainer.ambassadorId] : [])),
      trainerUserIds:
        body.trainerUserIds ?? parts.trainers.flatMap((trainer) => (trainer.userId ? [trainer.userId] : [])),
      departmentIds: body.departmentIds ?? audience.departmentIds,
      layerIds: body.layerIds ?? audience.layerIds,
    };
    checkTimes(fields.startsAt, fields.endsAt);
    await checkReferences(scope, fields);
    const status = body.status ?? current.status;
    if (current.status === 'completed' && body.status)
      throw new ValidationFailed([
        { field: 'status', code: 'session_completed', message: 'a completed session keeps its attendance' },
      ]);
    // Only a change of what is booked (time, place, trainers) or a reopened session is checked: a session saved over
    // a clash with force keeps its other edits free, and a cancelled one books nobody.
    const rebooks =
      ['startsAt', 'endsAt', 'location', 'trainerIds', 'trainerUserIds'].some((field) => field in body) ||
      (current.status === 'cancelled' && status === 'planned');
    if (status !== 'cancelled' && rebooks) await assertNoClash(scope, fields, actor.force, sessionId);
    await updateSession({
      ...scope,
      sessionId,
      changes: {
        kind: body.kind,
        title: body.title?.trim(),
        description: clean(body.description),
        startsAt: body.startsAt ? fields.startsAt : undefined,
        endsAt: body.endsAt ? fields.endsAt : undefined,
        location: body.location === undefined ? undefined : fields.location,
        onlineUrl: clean(body.onlineUrl),
        capacity: body.capacity,
        wave: clean(body.wave),
        externalTrainer: clean(body.externalTrainer),
        status: body.status,
      },
    });
    await replaceTrainers({ ...scope, sessionId, ambassadorIds: body.trainerIds, userIds: body.trainerUserIds });
    await replaceAudience({ ...scope, sessionId, departmentIds: body.departmentIds, layerIds: body.layerIds });
    // More places: the waitlist moves up, first come first served.
    if (status === 'planned' && body.capacity !== undefined && body.capacity > current.capacity)
      await promoteWaitlisted({ ...scope, sessionId, capacity: body.capacity });
  });
  return withWarnings(actor);
}

export async function remove(actor: Actor & { sessionId: string }) {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId };
    const current = await lockSession(scope);
    if (!current) throw new NotFound('training session');
    const marked = await tx
      .select({ id: trainingEnrolments.id })
      .from(trainingEnrolments)
      .where(
        and(
          eq(trainingEnrolments.sessionId, actor.sessionId),
          inArray(trainingEnrolments.status, ['attended', 'no_show']),
        ),
      )
      .limit(1);
    if (current.status === 'completed' || marked.length > 0) throw new SessionHasAttendance();
    await deleteSession(scope);
  });
}
