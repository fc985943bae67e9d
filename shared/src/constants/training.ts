export const SessionKinds = ['train_the_trainer', 'end_user'] as const;

export const SessionStatuses = ['planned', 'completed', 'cancelled'] as const;

/** The statuses an edit may set: `cancelled` cancels a session, `planned` reopens a cancelled one. */
export const EditableSessionStatuses = ['planned', 'cancelled'] as const;

export const EnrolmentStatuses = ['registered', 'waitlisted', 'cancelled', 'attended', 'no_show'] as const;
type EnrolmentStatus = (typeof EnrolmentStatuses)[number];

/**
 * The enrolments that take one of a session's places. An attendee (or a no-show) held a place, so she still counts:
 * the number of places taken never drops when attendance is taken.
 */
export const PLACE_HOLDING_ENROLMENT_STATUSES = [
  'registered',
  'attended',
  'no_show',
] as const satisfies readonly EnrolmentStatus[];

/** The enrolments that still book a person into a session to come: she has a place or waits for one. */
export const WAITING_ENROLMENT_STATUSES = ['registered', 'waitlisted'] as const satisfies readonly EnrolmentStatus[];

/** The enrolments that keep a person in a session's time slot: booked, waiting, or attended (not cancelled, no no-show). */
export const BOOKED_ENROLMENT_STATUSES = [
  'registered',
  'waitlisted',
  'attended',
] as const satisfies readonly EnrolmentStatus[];

/** What a trainer marks on the attendance list. */
export const AttendanceStatuses = ['attended', 'no_show'] as const satisfies readonly EnrolmentStatus[];

/** Soft issues with a session: it is still saved, and the app shows them. */
export const SessionWarningCodes = [
  'outside_working_hours',
  'audience_already_trained',
  'trainer_not_certified',
  'in_the_past',
] as const;

/** Why two sessions clash: the same trainer, or the same location, at the same time. */
export const ConflictReasons = ['trainer', 'location'] as const;

/** Who sits at a node of the training cascade. */
export const CascadeNodeKinds = ['user', 'external', 'ambassador'] as const;

/**
 * Why the planner left an employee out of its proposal: already holding a place in a planned session, no trainer free
 * when she and her group were, no free room (of enough places) when a trainer was, or simply no slot left.
 */
export const UnplannedReasons = ['already_scheduled', 'no_trainer', 'no_room', 'no_slot'] as const;

/** Digital skill levels that make a session a digital-help session when they are the majority of its participants. */
export const DIGITAL_HELP_SKILLS = ['low'] as const;

/** The bounds of the planner's settings. */
export const PLAN_LIMITS = {
  sessionMinutes: { min: 15, max: 480 },
  capacity: { min: 1, max: 1000 },
  sessionsPerDay: { min: 1, max: 8 },
  breakMinutes: { min: 0, max: 240 },
  wave: 100,
  /** Places in a digital-help session (mostly colleagues with low digital skill, with a digital buddy). */
  digitalHelpCapacity: { min: 2, max: 100 },
  /** Rooms one plan may use. */
  rooms: 50,
} as const;
