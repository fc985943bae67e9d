import type {
  CreateTrainingSessionBody,
  TrainingSessionDetail,
  TrainingSessionListQuery,
  UpdateTrainingSessionBody,
} from '@ambassador/shared';
import { Forbidden, NotFound, ValidationFailed } from '../../../http/errors.ts';
import { enrolmentsOf, hasAttendanceMarks, promoteWaitlisted } from '../enrolments/enrolments.repository.ts';
import { assertNoClash, checkNotPast, checkReferences, checkTimes, lockSchedule, type Fields } from './schedule.ts';
import type { ActorScope } from '../../../http/actor.ts';
import { mailEnrolment } from '../enrolments/enrolment-mail.ts';
import { mailSessionChange } from './session-mail.ts';
import { present, withPositions } from './sessions.dto.ts';
import {
  deleteSession,
  findSession,
  insertSession,
  listSessions,
  lockSession,
  replaceAudience,
  replaceTrainers,
  sessionIdsForAudience,
  sessionParts,
  updateSession,
} from './sessions.repository.ts';
import { SessionHasAttendance } from '../training.errors.ts';
import { sessionWarnings } from './warnings.ts';
import { pageWindow, toPage } from '../../../http/pages.ts';

export async function list(actor: ActorScope & { query: TrainingSessionListQuery }) {
  const window = pageWindow(actor.query);
  const { items, total } = await listSessions({ ...actor, filter: actor.query, viewer: actor, ...window });
  return toPage(await present(actor, items, actor), total, window);
}

/** One session as the list would show it to the actor: one she may not see there answers as a missing one. */
export async function get(actor: ActorScope & { sessionId: string }): Promise<TrainingSessionDetail> {
  const session = await findSession({ ...actor, viewer: actor });
  if (!session) throw new NotFound('training session');
  const [dto] = await present(actor, [session], actor);
  if (actor.role !== 'admin' && !dto!.isTrainer) return dto!;
  return { ...dto!, enrolments: withPositions(await enrolmentsOf(actor)) };
}

/**
 * Admins and the session's own trainers may run its enrolments and attendance; anyone else gets 403, or 404 for a
 * session she may not see at all (as `get` answers).
 */
export async function assertMayRun(actor: ActorScope & { sessionId: string }) {
  const detail = await get(actor);
  if (actor.role === 'admin') return detail;
  if (actor.role === 'ambassador' && detail.isTrainer) return detail;
  throw new Forbidden();
}

async function withWarnings(actor: ActorScope & { sessionId: string }) {
  const detail = await get(actor);
  const warnings = await sessionWarnings({
    ...actor,
    timezone: actor.timezone,
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

export async function create(actor: ActorScope & { body: CreateTrainingSessionBody; force: boolean }) {
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
  checkNotPast(fields.startsAt, body.recordsPast);
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

/** With `publicUrl` (a request, not the demo seed) a cancelled or moved session is mailed to the people in it. */
export async function update(
  actor: ActorScope & { sessionId: string; body: UpdateTrainingSessionBody; force: boolean; publicUrl?: string },
) {
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
    // Only a start that moves is checked: a session that already took place keeps its other edits free.
    if (fields.startsAt.getTime() !== current.startsAt.getTime()) checkNotPast(fields.startsAt, body.recordsPast);
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
    const promoted =
      status === 'planned' && body.capacity !== undefined && body.capacity > current.capacity
        ? await promoteWaitlisted({ ...scope, sessionId, capacity: body.capacity })
        : [];
    if (actor.publicUrl) {
      await mailSessionChange({ tx, actor, before: current, publicUrl: actor.publicUrl });
      const session = promoted.length > 0 ? await lockSession({ ...scope, sessionId }) : undefined;
      if (session)
        await mailEnrolment({
          tx,
          actor,
          session,
          employeeIds: promoted,
          event: 'promoted',
          publicUrl: actor.publicUrl,
        });
    }
  });
  return withWarnings(actor);
}

export async function remove(actor: ActorScope & { sessionId: string }) {
  await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId, sessionId: actor.sessionId };
    const current = await lockSession(scope);
    if (!current) throw new NotFound('training session');
    if (current.status === 'completed' || (await hasAttendanceMarks(scope))) throw new SessionHasAttendance();
    await deleteSession(scope);
  });
}
