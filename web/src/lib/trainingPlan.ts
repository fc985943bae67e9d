import type { ApplyPlanBody, Plan, PlanBody, PlannedSession, ScheduleConflict } from '@ambassador/shared';
import { PLAN_LIMITS } from '@ambassador/shared/constants';
import { addDays, getISOWeek, getISOWeekYear, lightFormat, startOfISOWeek } from 'date-fns';
import { integerIn } from './validation.ts';
import { inZone } from './zonedTime.ts';

/** ISO weekdays, Monday first, as PlanBody counts them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export type ProposedSession = Plan['sessions'][number];

/** A proposed session under review: it can be left out of the plan and given a room before it is applied. */
export interface ReviewSession extends ProposedSession {
  /** Its place in the proposal; stays the same when others are left out. */
  index: number;
  location: string | null;
  roomId: string | null;
  removed: boolean;
}

/** The planner's fields as the inputs hold them: numbers as typed text, checked on submit. */
export interface PlanFormValues {
  from: string;
  to: string;
  sessionMinutes: string;
  capacity: string;
  weekdays: number[];
  startTime: string;
  sessionsPerDay: string;
  breakMinutes: string;
  departmentIds: string[];
  pilotFirst: boolean;
  wave: string;
  /** Smaller sessions with a digital buddy for colleagues with low digital skill. */
  digitalHelp: boolean;
  digitalHelpCapacity: string;
  roomIds: string[];
}

export type PlanField = keyof PlanFormValues;

/** An i18n key with its parameters, so the rules stay free of the translation machinery. */
export interface FieldProblem {
  key: string;
  params?: Record<string, number | string>;
}

const MINUTES_PER_DAY = 24 * 60;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** Four weeks from `today` on working days, two sessions of ninety minutes a morning, pilot users first. */
export function defaultPlanForm(today: string, inFourWeeks: string): PlanFormValues {
  return {
    from: today,
    to: inFourWeeks,
    sessionMinutes: '90',
    capacity: '12',
    weekdays: [1, 2, 3, 4],
    startTime: '09:30',
    sessionsPerDay: '2',
    breakMinutes: '15',
    departmentIds: [],
    pilotFirst: true,
    wave: '',
    digitalHelp: false,
    digitalHelpCapacity: '6',
    roomIds: [],
  };
}

/** The fields as they were for the last proposal, so coming back to the planner keeps them. */
export function planFormFrom(body: PlanBody): PlanFormValues {
  return {
    from: body.from,
    to: body.to,
    sessionMinutes: String(body.sessionMinutes),
    capacity: String(body.capacity),
    weekdays: [...body.weekdays],
    startTime: body.startTime,
    sessionsPerDay: String(body.sessionsPerDay ?? 2),
    breakMinutes: String(body.breakMinutes ?? 15),
    departmentIds: [...(body.departmentIds ?? [])],
    pilotFirst: body.pilotFirst ?? false,
    wave: body.wave ?? '',
    digitalHelp: body.digitalHelp?.enabled ?? false,
    digitalHelpCapacity: String(body.digitalHelp?.capacity ?? 6),
    roomIds: [...(body.roomIds ?? [])],
  };
}

function isCalendarDay(value: string): boolean {
  if (!DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export interface PlanValidation {
  body: PlanBody | null;
  problems: Partial<Record<PlanField, FieldProblem>>;
}

/** Checks the fields and builds exactly the body POST /training/plan takes; the server has the last word. */
export function validatePlanForm(values: PlanFormValues): PlanValidation {
  const problems: Partial<Record<PlanField, FieldProblem>> = {};
  const range = (field: PlanField, limits: { min: number; max: number }) => {
    const number = integerIn(String(values[field]), limits.min, limits.max);
    if (number === null) problems[field] = { key: 'validation.integerRange', params: { ...limits } };
    return number;
  };

  if (!values.from) problems.from = { key: 'validation.required' };
  else if (!isCalendarDay(values.from)) problems.from = { key: 'fieldErrors.invalid_format' };
  if (!values.to) problems.to = { key: 'validation.required' };
  else if (!isCalendarDay(values.to)) problems.to = { key: 'fieldErrors.invalid_format' };
  else if (!problems.from && values.to < values.from) problems.to = { key: 'training.planner.validation.toBeforeFrom' };

  const sessionMinutes = range('sessionMinutes', PLAN_LIMITS.sessionMinutes);
  const capacity = range('capacity', PLAN_LIMITS.capacity);
  const sessionsPerDay = range('sessionsPerDay', PLAN_LIMITS.sessionsPerDay);
  const breakMinutes = range('breakMinutes', PLAN_LIMITS.breakMinutes);
  const digitalHelpCapacity = values.digitalHelp ? range('digitalHelpCapacity', PLAN_LIMITS.digitalHelpCapacity) : null;

  const weekdays = [...new Set(values.weekdays)]
    .filter((day) => (WEEKDAYS as readonly number[]).includes(day))
    .sort((a, b) => a - b);
  if (weekdays.length === 0) problems.weekdays = { key: 'training.planner.validation.weekdays' };

  const time = TIME.exec(values.startTime);
  if (!values.startTime) problems.startTime = { key: 'validation.required' };
  else if (!time) problems.startTime = { key: 'training.planner.validation.startTime' };

  // The last slot of a day must end before midnight, or the sessions would run into the next day.
  if (time && sessionMinutes !== null && sessionsPerDay !== null && breakMinutes !== null && !problems.sessionsPerDay) {
    const start = Number(time[1]) * 60 + Number(time[2]);
    const end = start + sessionsPerDay * sessionMinutes + (sessionsPerDay - 1) * breakMinutes;
    if (end > MINUTES_PER_DAY) problems.sessionsPerDay = { key: 'training.planner.validation.pastMidnight' };
  }

  const wave = values.wave.trim();
  if (wave.length > PLAN_LIMITS.wave) problems.wave = { key: 'fieldErrors.too_long' };

  if (
    Object.keys(problems).length > 0 ||
    sessionMinutes === null ||
    capacity === null ||
    sessionsPerDay === null ||
    breakMinutes === null ||
    (values.digitalHelp && digitalHelpCapacity === null)
  ) {
    return { body: null, problems };
  }
  return {
    body: {
      from: values.from,
      to: values.to,
      sessionMinutes,
      capacity,
      weekdays,
      startTime: values.startTime,
      sessionsPerDay,
      breakMinutes,
      pilotFirst: values.pilotFirst,
      ...(values.departmentIds.length > 0 ? { departmentIds: [...new Set(values.departmentIds)] } : {}),
      ...(wave ? { wave } : {}),
      ...(values.digitalHelp && digitalHelpCapacity !== null
        ? { digitalHelp: { enabled: true, capacity: digitalHelpCapacity } }
        : {}),
      ...(values.roomIds.length > 0 ? { roomIds: [...new Set(values.roomIds)].slice(0, PLAN_LIMITS.rooms) } : {}),
    },
    problems,
  };
}

export function toReviewSessions(plan: Plan): ReviewSession[] {
  return plan.sessions.map((session, index) => ({
    ...session,
    index,
    location: session.location ?? null,
    roomId: session.roomId ?? null,
    removed: false,
  }));
}

/** A reviewed session as POST /training/plan/apply takes it: only the fields the body allows. */
export function toPlannedSession(session: ReviewSession): PlannedSession {
  const location = session.location?.trim();
  return {
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    trainerIds: session.trainerIds,
    departmentIds: session.departmentIds,
    employeeIds: session.employeeIds,
    capacity: session.capacity,
    ...(session.wave ? { wave: session.wave } : {}),
    ...(location ? { location } : {}),
    ...(session.roomId ? { roomId: session.roomId } : {}),
    ...(session.onlineUrl ? { onlineUrl: session.onlineUrl } : {}),
  };
}

export function applyBody(sessions: readonly ReviewSession[]): ApplyPlanBody {
  return { sessions: sessions.filter((session) => !session.removed).map(toPlannedSession) };
}

export interface SessionGroup {
  /** The departments of the sessions in the group, joined: one group per audience. */
  key: string;
  departmentIds: string[];
  sessions: ReviewSession[];
}

/** One group per audience (mostly a single department), in the order of their paths; sessions by start. */
export function groupByDepartment(
  sessions: readonly ReviewSession[],
  pathOf: (departmentId: string) => string,
): (SessionGroup & { label: string })[] {
  const groups = new Map<string, SessionGroup>();
  for (const session of sessions) {
    const departmentIds = [...session.departmentIds].sort();
    const key = departmentIds.join('+');
    const group = groups.get(key) ?? { key, departmentIds, sessions: [] };
    group.sessions.push(session);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      label: group.departmentIds
        .map(pathOf)
        .sort((a, b) => a.localeCompare(b, 'nl'))
        .join(', '),
      sessions: [...group.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.index - b.index),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export interface WeekGroup {
  /** ISO week, e.g. `2026-W11`. */
  key: string;
  week: number;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  from: string;
  to: string;
  sessions: ReviewSession[];
}

/** The sessions per ISO week of the organisation's time zone, weeks and sessions in time order. */
export function groupByWeek(sessions: readonly ReviewSession[], zone: string | null | undefined): WeekGroup[] {
  const groups = new Map<string, WeekGroup>();
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.index - b.index)) {
    const start = inZone(session.startsAt, zone);
    const week = getISOWeek(start);
    const key = `${getISOWeekYear(start)}-W${String(week).padStart(2, '0')}`;
    const monday = startOfISOWeek(start);
    const group = groups.get(key) ?? {
      key,
      week,
      from: lightFormat(monday, 'yyyy-MM-dd'),
      to: lightFormat(addDays(monday, 6), 'yyyy-MM-dd'),
      sessions: [],
    };
    group.sessions.push(session);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/**
 * Which reviewed sessions a 409 `schedule_conflict` is about: the same time as the booked session, and its trainer
 * (by name) or its location is the one named.
 */
export function conflictsBySession(
  sessions: readonly ReviewSession[],
  conflicts: readonly ScheduleConflict[],
  trainerNamesOf: (session: ReviewSession) => string[],
): Map<number, ScheduleConflict[]> {
  const result = new Map<number, ScheduleConflict[]>();
  for (const session of sessions) {
    if (session.removed) continue;
    const clashing = conflicts.filter(
      (conflict) =>
        overlaps(session, conflict) &&
        (conflict.reason === 'trainer'
          ? trainerNamesOf(session).includes(conflict.subject)
          : (session.location?.trim() ?? '') === conflict.subject),
    );
    if (clashing.length > 0) result.set(session.index, clashing);
  }
  return result;
}

/** Rooms a kept session could not move to: another kept session of the plan is in them at an overlapping time. */
export function roomsTakenAt(sessions: readonly ReviewSession[], session: ReviewSession): Set<string> {
  const taken = new Set<string>();
  for (const other of sessions)
    if (!other.removed && other.index !== session.index && other.roomId && overlaps(other, session))
      taken.add(other.roomId);
  return taken;
}
