import { describe, expect, it } from 'vitest';
import * as constants from './constants/index.ts';
import * as shared from './index.ts';

/** Each enum schema beside the list it must be built from. */
const enums: [name: string, schema: unknown, values: readonly string[]][] = [
  ['Role', shared.Role, constants.Roles],
  ['Locale', shared.Locale, constants.Locales],
  ['Phase', shared.Phase, constants.Phases],
  ['UserStatus', shared.UserStatus, constants.UserStatuses],
  ['DigitalSkill', shared.DigitalSkill, constants.DigitalSkills],
  ['EmployeeStatus', shared.EmployeeStatus, constants.EmployeeStatuses],
  ['AmbassadorEmployee.status', shared.AmbassadorEmployee.properties.status, constants.EmployeeStatuses],
  ['EmployeeListQuery.sort', shared.EmployeeListQuery.properties.sort, constants.EmployeeSorts],
  ['EmployeeListQuery.order', shared.EmployeeListQuery.properties.order, constants.SortOrders],
  ['AmbassadorStatus', shared.AmbassadorStatus, constants.AmbassadorStatuses],
  ['AmbassadorRole', shared.AmbassadorRole, constants.AmbassadorRoles],
  ['AmbassadorSource', shared.AmbassadorSource, constants.AmbassadorSources],
  ['CellStatus', shared.CellStatus, constants.CellStatuses],
  ['Suggestion.reason', shared.Suggestion.properties.reason, constants.SuggestionReasons],
  ['SessionKind', shared.SessionKind, constants.SessionKinds],
  ['SessionStatus', shared.SessionStatus, constants.SessionStatuses],
  [
    'UpdateTrainingSessionBody.status',
    shared.UpdateTrainingSessionBody.properties.status,
    constants.EditableSessionStatuses,
  ],
  ['EnrolmentStatus', shared.EnrolmentStatus, constants.EnrolmentStatuses],
  ['AttendanceStatus', shared.AttendanceStatus, constants.AttendanceStatuses],
  [
    'AttendanceBody.attendance.status',
    shared.AttendanceBody.properties.attendance.items.properties.status,
    constants.AttendanceStatuses,
  ],
  ['SessionWarning.code', shared.SessionWarning.properties.code, constants.SessionWarningCodes],
  ['ScheduleConflict.reason', shared.ScheduleConflict.properties.reason, constants.ConflictReasons],
  ['CascadeNode.kind', shared.CascadeNode.properties.kind, constants.CascadeNodeKinds],
  ['UnplannedEmployee.reason', shared.UnplannedEmployee.properties.reason, constants.UnplannedReasons],
];

describe('enum schemas', () => {
  it.each(enums)('%s allows exactly the values of its constant, in order', (_name, schema, values) => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual({ enum: [...values] });
  });

  it('take the planner bounds from the constants', () => {
    const { sessionMinutes, capacity, sessionsPerDay, breakMinutes, wave } = shared.PlanBody.properties;
    const bounds = (schema: object) => {
      const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
      return { min: minimum, max: maximum };
    };
    expect(bounds(sessionMinutes)).toEqual(constants.PLAN_LIMITS.sessionMinutes);
    expect(bounds(capacity)).toEqual(constants.PLAN_LIMITS.capacity);
    expect(bounds(sessionsPerDay)).toEqual(constants.PLAN_LIMITS.sessionsPerDay);
    expect(bounds(breakMinutes)).toEqual(constants.PLAN_LIMITS.breakMinutes);
    expect(JSON.stringify(wave)).toContain(`"maxLength":${constants.PLAN_LIMITS.wave}`);
  });
});

describe('constants', () => {
  it('are handed out by the main entry too, as the same objects', () => {
    for (const [name, value] of Object.entries(constants)) {
      expect(shared[name as keyof typeof shared], name).toBe(value);
    }
  });

  it('are plain data, with no schema among them', () => {
    for (const [name, value] of Object.entries(constants)) {
      expect(JSON.parse(JSON.stringify(value)), name).toEqual(value);
      expect(JSON.stringify(value), name).not.toContain('~kind');
    }
  });

  it('hold a transition list for every ambassador status, naming only statuses', () => {
    expect(Object.keys(constants.AMBASSADOR_TRANSITIONS).sort()).toEqual([...constants.AmbassadorStatuses].sort());
    for (const [from, next] of Object.entries(constants.AMBASSADOR_TRANSITIONS)) {
      expect(next, from).not.toContain(from);
      for (const to of next) expect(constants.AmbassadorStatuses, `${from} → ${to}`).toContain(to);
    }
  });

  it('let only registered and marked enrolments hold a place', () => {
    expect(constants.PLACE_HOLDING_ENROLMENT_STATUSES).toEqual(['registered', 'attended', 'no_show']);
    for (const status of constants.AttendanceStatuses) {
      expect(constants.PLACE_HOLDING_ENROLMENT_STATUSES).toContain(status);
    }
  });
});
