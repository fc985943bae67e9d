import type { ApplyPlanBody, Plan, PlanBody } from '@ambassador/shared';
import { together } from '../../../db/rows.ts';
import type { ActorScope, Scope } from '../../../http/actor.ts';
import { ValidationFailed, type FieldError } from '../../../http/errors.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { ambassadorIdsByEmployee } from '../../ambassadors/ambassadors.repository.ts';
import { activeEmployeeIds, findEmployeeRef } from '../../employees/employees.repository.ts';
import { overlappingEnrolment, upsertEnrolment } from '../enrolments/enrolments.repository.ts';
import { activeDigitalBuddies, bookings, locationBookings, untrainedEmployees } from './planning.repository.ts';
import { planGroups, type PlannedGroup } from './planner.ts';
import { ancestors, chosenRooms, countReasons, DEFAULT_DIGITAL_HELP_CAPACITY } from './plan-options.ts';
import { roomsByIds } from '../../rooms/rooms.repository.ts';
import { findSessions, insertSession, replaceAudience, replaceTrainers } from '../sessions/sessions.repository.ts';
import { assertNoClash, checkReferences, lockSchedule } from '../sessions/schedule.ts';
import { present } from '../sessions/sessions.dto.ts';
import { slotsBetween } from './slots.ts';
import { PlanEnrolmentOverlap, PlanTooLarge } from '../training.errors.ts';
import { activeCertifiedTrainers } from '../reports/training-coverage.service.ts';

const MAX_DAYS = 366;
/**
 * Bounds that keep one plan from occupying the event loop that every organisation shares: the slots it may use, the
 * sessions it may propose, and the planner's work (people × slots, each tried at most once per slot).
 */
export const MAX_PLAN_SLOTS = 2_000;
export const MAX_PLAN_SESSIONS = 2_000;
export const MAX_PLAN_WORK = 20_000_000;

export function checkPlanSize({
  slots,
  people,
  capacity,
  departments,
}: {
  slots: number;
  people: number;
  capacity: number;
  departments: number;
}) {
  if (slots > MAX_PLAN_SLOTS)
    throw new PlanTooLarge(
      `${slots} session slots (at most ${MAX_PLAN_SLOTS}); choose a shorter period or fewer sessions a day`,
    );
  // Every department's last group may be partly filled, so a department adds at most one session.
  const sessions = Math.ceil(people / capacity) + departments;
  if (sessions > MAX_PLAN_SESSIONS)
    throw new PlanTooLarge(
      `about ${sessions} sessions (at most ${MAX_PLAN_SESSIONS}); plan fewer departments at a time or raise the capacity`,
    );
  if (people * slots > MAX_PLAN_WORK)
    throw new PlanTooLarge(
      `${people} people over ${slots} slots; plan fewer departments at a time or a shorter period`,
    );
}

function checkRange(body: PlanBody) {
  const errors: FieldError[] = [];
  const days = (Date.parse(body.to) - Date.parse(body.from)) / (24 * 3600 * 1000);
  if (days < 0) errors.push({ field: 'to', code: 'before_from', message: 'must not be before from' });
  if (days > MAX_DAYS) errors.push({ field: 'to', code: 'range_too_long', message: `at most ${MAX_DAYS} days` });
  if (errors.length > 0) throw new ValidationFailed(errors);
}

const TITLES = {
  nl: { department: 'Training', pilot: 'Training pilotgebruikers', digitalHelp: 'met digitale hulp' },
  en: { department: 'Training', pilot: 'Training pilot users', digitalHelp: 'with digital help' },
};

/** A proposal only: nothing is stored until the reviewed plan is applied. */
export async function proposePlan(actor: ActorScope & { body: PlanBody }): Promise<Plan> {
  const { body } = actor;
  checkRange(body);
  const tree = await loadTree(actor);
  const unknown = (body.departmentIds ?? []).filter((id) => !tree.byId.has(id));
  if (unknown.length > 0)
    throw new ValidationFailed(
      unknown.map((id) => ({
        field: `departmentIds.${body.departmentIds!.indexOf(id)}`,
        code: 'not_found',
        message: 'unknown department',
      })),
    );
  const scopeIds = body.departmentIds?.length
    ? [...new Set(body.departmentIds.flatMap((id) => tree.subtree(id)))]
    : null;
  const now = new Date();
  const slots = slotsBetween({
    from: body.from,
    to: body.to,
    weekdays: body.weekdays,
    startTime: body.startTime,
    sessionMinutes: body.sessionMinutes,
    perDay: body.sessionsPerDay ?? 2,
    breakMinutes: body.breakMinutes ?? 15,
    timezone: actor.timezone,
    notBefore: now,
  });
  const rooms = await chosenRooms(actor, body.roomIds ?? []);
  const helpWanted = body.digitalHelp?.enabled === true;
  const helpCapacity = Math.min(body.digitalHelp?.capacity ?? DEFAULT_DIGITAL_HELP_CAPACITY, body.capacity);
  const [untrained, trainers, busy, roomBusy, buddies] = await together(actor.db, [
    async () => untrainedEmployees(actor, scopeIds),
    async () => activeCertifiedTrainers(actor),
    async () => bookings(actor, slots[0]?.startsAt ?? now),
    async () =>
      locationBookings({ ...actor, locations: rooms.map((room) => room.name), from: slots[0]?.startsAt ?? now }),
    async () => (helpWanted ? activeDigitalBuddies(actor) : Promise.resolve([])),
  ]);
  const toPlan = untrained.filter((person) => !person.scheduledIn);
  checkPlanSize({
    slots: slots.length,
    people: toPlan.length,
    capacity: helpWanted ? helpCapacity : body.capacity,
    departments: new Set(toPlan.map((person) => person.departmentId)).size,
  });
  const ambassadorOf = await ambassadorIdsByEmployee(actor);
  const { groups, unplanned } = planGroups({
    people: toPlan,
    departmentOrder: tree.ordered().map((department) => department.id),
    trainers: trainers.map((trainer) => ({ ...trainer, ambassadorId: ambassadorOf.get(trainer.employeeId)! })),
    slots,
    capacity: body.capacity,
    pilotFirst: body.pilotFirst ?? false,
    busy,
    digitalHelp: helpWanted
      ? {
          capacity: helpCapacity,
          buddies,
          ancestorsOf: (departmentId) => ancestors(tree, departmentId),
        }
      : null,
    rooms,
    roomBusy,
  });
  const titles = TITLES[actor.locale === 'en' ? 'en' : 'nl'];
  const titleOf = ({ label, digitalHelp }: PlannedGroup) => {
    const base = label.pilot ? titles.pilot : `${titles.department} ${tree.byId.get(label.departmentId!)?.name ?? ''}`;
    const help = digitalHelp ? ` ${titles.digitalHelp}` : '';
    return label.parts > 1 ? `${base}${help} (${label.part}/${label.parts})` : `${base}${help}`;
  };
  const roomName = new Map(rooms.map((room) => [room.id, room.name]));
  const wave = body.wave?.trim() || null;
  return {
    sessions: groups.map((group) => ({
      title: titleOf(group),
      startsAt: group.slot.startsAt.toISOString(),
      endsAt: group.slot.endsAt.toISOString(),
      trainerIds: group.trainerIds,
      departmentIds: group.departmentIds,
      employeeIds: group.employeeIds,
      capacity: group.capacity,
      wave,
      trainerFromDepartment: group.trainerFromDepartment,
      digitalHelp: group.digitalHelp,
      buddyId: group.buddyId,
      roomId: group.roomId,
      location: group.roomId ? (roomName.get(group.roomId) ?? null) : null,
    })),
    unplanned: [
      ...untrained
        .filter((person) => person.scheduledIn)
        .map((person) => ({
          employeeId: person.id,
          name: person.name,
          departmentId: person.departmentId,
          reason: 'already_scheduled' as const,
          sessionId: person.scheduledIn,
        })),
      ...unplanned.map((person) => ({
        employeeId: person.id,
        name: person.name,
        departmentId: person.departmentId,
        reason: person.reason,
        sessionId: null,
      })),
    ],
    summary: {
      untrained: untrained.length,
      planned: groups.reduce((sum, group) => sum + group.employeeIds.length, 0),
      sessions: groups.length,
      unplannedByReason: countReasons([
        ...untrained.filter((person) => person.scheduledIn).map(() => 'already_scheduled' as const),
        ...unplanned.map((person) => person.reason),
      ]),
    },
  };
}

async function checkApplyBody(scope: Scope, body: ApplyPlanBody) {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  body.sessions.forEach((session, index) => {
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt))
      errors.push({ field: `sessions.${index}.endsAt`, code: 'ends_before_start', message: 'must be after startsAt' });
    if (session.buddyId && !session.trainerIds.includes(session.buddyId))
      errors.push({ field: `sessions.${index}.buddyId`, code: 'not_a_trainer', message: 'must be one of trainerIds' });
    if (session.capacity !== undefined && session.capacity < session.employeeIds.length)
      errors.push({ field: `sessions.${index}.capacity`, code: 'over_capacity', message: 'fewer than its employees' });
    for (const employeeId of session.employeeIds) {
      const earlier = seen.get(employeeId);
      if (earlier !== undefined)
        errors.push({
          field: `sessions.${index}.employeeIds`,
          code: 'duplicate',
          message: `employee ${employeeId} is also in session ${earlier}`,
        });
      seen.set(employeeId, index);
    }
  });
  const roomIds = [...new Set(body.sessions.flatMap((session) => (session.roomId ? [session.roomId] : [])))];
  const found = new Map((await roomsByIds({ ...scope, roomIds })).map((room) => [room.id, room]));
  body.sessions.forEach((session, index) => {
    if (!session.roomId) return;
    const room = found.get(session.roomId);
    const field = `sessions.${index}.roomId`;
    if (!room) errors.push({ field, code: 'not_found', message: 'unknown room' });
    else if (!room.active) errors.push({ field, code: 'inactive', message: 'the room is no longer in use' });
    else if (room.capacity !== null && session.capacity !== undefined && session.capacity > room.capacity)
      errors.push({ field, code: 'over_room_capacity', message: `the room holds ${room.capacity}` });
  });
  const rooms = new Map([...found.values()].map((room) => [room.id, room.name]));
  const ids = [...seen.keys()];
  const active = await activeEmployeeIds(scope, ids);
  for (const id of ids)
    if (!active.has(id))
      errors.push({
        field: `sessions.${seen.get(id)}.employeeIds`,
        code: 'not_found',
        message: `unknown or departed employee ${id}`,
      });
  if (errors.length > 0) throw new ValidationFailed(errors);
  return { roomNames: rooms };
}

/** Stores the reviewed plan in one transaction: the sessions, their trainers and audience, and everyone registered. */
export async function applyPlan(actor: ActorScope & { body: ApplyPlanBody; force: boolean }) {
  const { roomNames } = await checkApplyBody(actor, actor.body);
  const created = await actor.db.transaction(async (tx) => {
    const scope = { db: tx, organisationId: actor.organisationId };
    await lockSchedule(tx, actor.organisationId);
    const ids: string[] = [];
    for (const [index, planned] of actor.body.sessions.entries()) {
      const fields = {
        kind: 'end_user' as const,
        startsAt: new Date(planned.startsAt),
        endsAt: new Date(planned.endsAt),
        // A typed location wins over the room; the room's name is what clash checks compare.
        location: planned.location?.trim() || (planned.roomId ? (roomNames.get(planned.roomId) ?? null) : null),
        trainerIds: planned.trainerIds,
        trainerUserIds: [],
        departmentIds: planned.departmentIds,
        layerIds: [],
      };
      await checkReferences(scope, fields);
      // Sessions applied earlier in this loop are already written, so the plan is checked against itself too.
      await assertNoClash(scope, fields, actor.force);
      const row = await insertSession({
        ...scope,
        values: {
          kind: 'end_user',
          title: planned.title.trim(),
          startsAt: fields.startsAt,
          endsAt: fields.endsAt,
          location: fields.location,
          onlineUrl: planned.onlineUrl?.trim() || null,
          capacity: Math.max(planned.capacity ?? 0, planned.employeeIds.length),
          wave: planned.wave?.trim() || null,
          createdBy: actor.userId,
        },
      });
      await replaceTrainers({ ...scope, sessionId: row.id, ambassadorIds: fields.trainerIds, userIds: [] });
      await replaceAudience({ ...scope, sessionId: row.id, departmentIds: fields.departmentIds, layerIds: [] });
      for (const employeeId of planned.employeeIds) {
        const overlap = await overlappingEnrolment({
          ...scope,
          employeeId,
          startsAt: fields.startsAt,
          endsAt: fields.endsAt,
          excludeSessionId: row.id,
        });
        if (overlap) {
          const person = await findEmployeeRef({ ...scope, employeeId });
          throw new PlanEnrolmentOverlap(index, person?.name ?? employeeId, overlap.title);
        }
        await upsertEnrolment({
          ...scope,
          sessionId: row.id,
          employeeId,
          status: 'registered',
          enrolledBy: actor.userId,
        });
      }
      ids.push(row.id);
    }
    return ids;
  });
  const found = await findSessions({ ...actor, sessionIds: created });
  // In the order of the plan that was sent.
  found.sort((a, b) => created.indexOf(a.id) - created.indexOf(b.id));
  return { items: await present(actor, found, actor) };
}
