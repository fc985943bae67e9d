import type {
  AmbassadorRole,
  AmbassadorSource,
  AmbassadorStatus,
  CellStatus,
  DigitalSkill,
  EmployeeStatus,
  Locale,
  Phase,
  Role,
  Suggestion,
  UserStatus,
} from '@ambassador/shared';

/**
 * Runtime lists of the shared enums. Importing the values from @ambassador/shared would pull typebox and
 * every schema into the bundle (schema construction is a side effect the bundler cannot drop), so the web
 * keeps its own copies; `exhaustive` makes the compiler fail when the shared enum gains a member.
 */
type Exhaustive<T extends string, L extends readonly T[]> = [T] extends [L[number]] ? L : never;
export const exhaustive =
  <T extends string>() =>
  <const L extends readonly T[]>(list: Exhaustive<T, L>) =>
    list;

export const ROLES = exhaustive<Role>()(['admin', 'ambassador', 'hr']);
export const LOCALES = exhaustive<Locale>()(['nl', 'en']);
export const PHASES = exhaustive<Phase>()(['selection', 'build', 'pilot', 'go_live', 'after_go_live']);
export const USER_STATUSES = exhaustive<UserStatus>()(['invited', 'active', 'deactivated']);
export const DIGITAL_SKILLS = exhaustive<DigitalSkill>()(['low', 'medium', 'high']);
export const EMPLOYEE_STATUSES = exhaustive<EmployeeStatus>()(['active', 'left']);
export const AMBASSADOR_STATUSES = exhaustive<AmbassadorStatus>()([
  'candidate',
  'invited',
  'onboarding',
  'active',
  'paused',
  'alumni',
  'declined',
]);
export const AMBASSADOR_ROLES = exhaustive<AmbassadorRole>()([
  'selection_panel',
  'sounding_board',
  'content',
  'trainer',
  'digital_buddy',
  'pilot_user',
]);
export const AMBASSADOR_SOURCES = exhaustive<AmbassadorSource>()(['self', 'nominated', 'recruited']);
export const CELL_STATUSES = exhaustive<CellStatus>()(['covered', 'under', 'uncovered', 'empty']);
export const SUGGESTION_REASONS = exhaustive<Suggestion['reason']>()([
  'high_digital_skill',
  'team_lead',
  'medium_digital_skill',
  'in_this_cell',
]);
