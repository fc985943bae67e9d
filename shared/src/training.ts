import { Type, type Static } from 'typebox';
import { DateOnly, DateTime, Page, PageQuery, problemWith, SearchText, SingleLine, Uuid } from './common.ts';
import {
  AttendanceStatuses,
  CascadeNodeKinds,
  ConflictReasons,
  EditableSessionStatuses,
  EnrolmentStatuses,
  PLAN_LIMITS,
  SessionKinds,
  SessionStatuses,
  SessionWarningCodes,
  UnplannedReasons,
} from './constants/training.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const SessionKind = Type.Enum([...SessionKinds]);
export type SessionKind = Static<typeof SessionKind>;

export const SessionStatus = Type.Enum([...SessionStatuses]);
export type SessionStatus = Static<typeof SessionStatus>;

export const EnrolmentStatus = Type.Enum([...EnrolmentStatuses]);
export type EnrolmentStatus = Static<typeof EnrolmentStatus>;

export const AttendanceStatus = Type.Enum([...AttendanceStatuses]);
export type AttendanceStatus = Static<typeof AttendanceStatus>;

/** Soft issues with a session: it is still saved, and the app shows them. */
export const SessionWarning = Type.Object({ code: Type.Enum([...SessionWarningCodes]), message: Type.String() });
export type SessionWarning = Static<typeof SessionWarning>;

export const SessionTrainer = Type.Object({
  ambassadorId: Uuid,
  employeeId: Uuid,
  name: Type.String(),
  departmentId: Uuid,
  /** Attended a completed train-the-trainer session. */
  certified: Type.Boolean(),
});
export type SessionTrainer = Static<typeof SessionTrainer>;

export const SessionTrainerUser = Type.Object({ userId: Uuid, name: Type.String() });

export const SessionEnrolment = Type.Object({
  employeeId: Uuid,
  employeeNumber: Type.String(),
  name: Type.String(),
  departmentName: Type.String(),
  layerName: Type.String(),
  status: EnrolmentStatus,
  /** Place on the waitlist (1 is next); null for everyone else. */
  position: Nullable(Type.Integer()),
  enrolledAt: DateTime,
});
export type SessionEnrolment = Static<typeof SessionEnrolment>;

export const TrainingSession = Type.Object({
  id: Uuid,
  kind: SessionKind,
  title: Type.String(),
  description: Nullable(Type.String()),
  startsAt: DateTime,
  endsAt: DateTime,
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  capacity: Type.Integer(),
  wave: Nullable(Type.String()),
  status: SessionStatus,
  externalTrainer: Nullable(Type.String()),
  trainerIds: Type.Array(Uuid),
  trainerUserIds: Type.Array(Uuid),
  trainers: Type.Array(SessionTrainer),
  trainerUsers: Type.Array(SessionTrainerUser),
  departmentIds: Type.Array(Uuid),
  layerIds: Type.Array(Uuid),
  departments: Type.Array(Type.Object({ id: Uuid, name: Type.String(), path: Type.String() })),
  layers: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  registeredCount: Type.Integer(),
  waitlistedCount: Type.Integer(),
  attendedCount: Type.Integer(),
  /** The requesting user's own enrolment (through her employee record), if any. */
  myEnrolment: Nullable(EnrolmentStatus),
  /** The requesting user gives this session (as its ambassador trainer or as a trainer user). */
  isTrainer: Type.Boolean(),
  /** Raised on every change, for iCalendar's SEQUENCE. */
  sequence: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type TrainingSession = Static<typeof TrainingSession>;

export const TrainingSessionDetail = Type.Object({
  ...TrainingSession.properties,
  /** Admins and the session's own trainers only. */
  enrolments: Type.Optional(Type.Array(SessionEnrolment)),
  warnings: Type.Optional(Type.Array(SessionWarning)),
});
export type TrainingSessionDetail = Static<typeof TrainingSessionDetail>;

export const TrainingSessionList = Page(TrainingSession);
export type TrainingSessionList = Static<typeof TrainingSessionList>;

export const TrainingSessionListQuery = Type.Object({
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  kind: Type.Optional(SessionKind),
  status: Type.Optional(SessionStatus),
  /** An ambassador id: sessions this ambassador gives. */
  trainerId: Type.Optional(Uuid),
  trainerUserId: Type.Optional(Uuid),
  /** Sessions whose audience includes this department or one of its parents. */
  departmentId: Type.Optional(Uuid),
  wave: Type.Optional(SingleLine({ maxLength: 100 })),
  /** Only the requesting user's own sessions: the ones she gives or is enrolled in. */
  mine: Type.Optional(Type.Boolean()),
  q: SearchText,
  ...PageQuery,
});
export type TrainingSessionListQuery = Static<typeof TrainingSessionListQuery>;

const Text = (maxLength: number) => SingleLine({ minLength: 1, maxLength });
const OptionalText = (maxLength: number) => Type.Optional(Nullable(SingleLine({ maxLength })));
/** Free text over several lines, such as a description. */
const OptionalLongText = (maxLength: number) => Type.Optional(Nullable(Type.String({ maxLength })));
const Ids = Type.Array(Uuid, { maxItems: 500, uniqueItems: true });

export const CreateTrainingSessionBody = Type.Object(
  {
    kind: SessionKind,
    title: Text(200),
    description: OptionalLongText(4000),
    startsAt: DateTime,
    endsAt: DateTime,
    location: OptionalText(200),
    onlineUrl: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    capacity: Type.Integer({ minimum: 1, maximum: 1000 }),
    trainerIds: Type.Optional(Ids),
    trainerUserIds: Type.Optional(Ids),
    externalTrainer: OptionalText(200),
    departmentIds: Type.Optional(Ids),
    layerIds: Type.Optional(Ids),
    wave: OptionalText(100),
    /** The session already happened and is being recorded: only then may it start in the past. */
    recordsPast: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateTrainingSessionBody = Static<typeof CreateTrainingSessionBody>;

export const UpdateTrainingSessionBody = Type.Object(
  {
    kind: Type.Optional(SessionKind),
    title: Type.Optional(Text(200)),
    description: OptionalLongText(4000),
    startsAt: Type.Optional(DateTime),
    endsAt: Type.Optional(DateTime),
    location: OptionalText(200),
    onlineUrl: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    trainerIds: Type.Optional(Ids),
    trainerUserIds: Type.Optional(Ids),
    externalTrainer: OptionalText(200),
    departmentIds: Type.Optional(Ids),
    layerIds: Type.Optional(Ids),
    wave: OptionalText(100),
    /** `cancelled` cancels the session (it stays in calendars as cancelled); `planned` reopens a cancelled one. */
    status: Type.Optional(Type.Enum([...EditableSessionStatuses])),
    /** Moving the start into the past is refused unless the session is being recorded after it happened. */
    recordsPast: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTrainingSessionBody = Static<typeof UpdateTrainingSessionBody>;

export const ForceQuery = Type.Object({ force: Type.Optional(Type.Boolean({ default: false })) });
export type ForceQuery = Static<typeof ForceQuery>;

/** A session that clashes with the one being saved, and why. */
export const ScheduleConflict = Type.Object({
  sessionId: Uuid,
  title: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  reason: Type.Enum([...ConflictReasons]),
  /** The double-booked trainer's name, or the location. */
  subject: Type.String(),
});
export type ScheduleConflict = Static<typeof ScheduleConflict>;

/** A 409 of a save that books trainers or a location: with `schedule_conflict`, what clashes. */
export const ScheduleConflictProblem = problemWith(
  {
    /** Every session that clashes with the one being saved. */
    conflicts: Type.Optional(Type.Array(ScheduleConflict)),
    /** The first of them. */
    session: Type.Optional(Type.Object({ id: Uuid, title: Type.String() })),
  },
  'With schedule_conflict: the clashing sessions (`conflicts`) and the first of them (`session`)',
);
export type ScheduleConflictProblem = Static<typeof ScheduleConflictProblem>;

export const EnrolBody = Type.Object({ employeeId: Uuid }, { additionalProperties: false });
export type EnrolBody = Static<typeof EnrolBody>;

export const Enrolment = Type.Object({
  employeeId: Uuid,
  status: EnrolmentStatus,
  position: Nullable(Type.Integer()),
  /** She already attended an end-user session: enrolling her again is allowed, but rarely meant. */
  alreadyTrained: Type.Optional(Type.Boolean()),
});
export type Enrolment = Static<typeof Enrolment>;

export const SessionEmployeeParams = Type.Object({ id: Uuid, employeeId: Uuid });
export type SessionEmployeeParams = Static<typeof SessionEmployeeParams>;

export const BulkEnrolBody = Type.Object(
  { departmentId: Uuid, includeSubdepartments: Type.Optional(Type.Boolean({ default: true })) },
  { additionalProperties: false },
);
export type BulkEnrolBody = Static<typeof BulkEnrolBody>;

export const BulkEnrolResult = Type.Object({
  registered: Type.Integer(),
  waitlisted: Type.Integer(),
  /** Already trained, already in this session, or busy in another session at the same time. */
  skipped: Type.Integer(),
  /** The places that were free before these enrolments. */
  freePlaces: Type.Optional(Type.Integer()),
});
export type BulkEnrolResult = Static<typeof BulkEnrolResult>;

/** `dryRun=true`: answer what an enrolment would do, and write nothing. */
export const EnrolDryRunQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false })) });
export type EnrolDryRunQuery = Static<typeof EnrolDryRunQuery>;

export const AttendanceBody = Type.Object(
  {
    attendance: Type.Array(
      Type.Object({ employeeId: Uuid, status: AttendanceStatus }, { additionalProperties: false }),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

const TrainedCounts = { employees: Type.Integer(), trained: Type.Integer(), trainedPct: Type.Number() };
export const TrainedTotals = Type.Object(TrainedCounts);
export type TrainedTotals = Static<typeof TrainedTotals>;

export const TrainingCoverage = Type.Object({
  totals: Type.Object({ ...TrainedCounts, certifiedTrainers: Type.Integer() }),
  layers: Type.Array(Type.Object({ id: Uuid, name: Type.String(), rank: Type.Integer(), totals: TrainedTotals })),
  /** Counts rolled up over each department's subtree; `own` counts its own employees only. */
  departments: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      parentId: Nullable(Uuid),
      path: Type.String(),
      ...TrainedCounts,
      certifiedTrainers: Type.Integer(),
      own: TrainedTotals,
    }),
  ),
  cells: Type.Array(Type.Object({ departmentId: Uuid, layerId: Uuid, ...TrainedCounts })),
  /** Departments with employees of their own and no certified, active trainer among them. */
  departmentsWithoutTrainer: Type.Array(
    Type.Object({ id: Uuid, name: Type.String(), path: Type.String(), employees: Type.Integer() }),
  ),
});
export type TrainingCoverage = Static<typeof TrainingCoverage>;

export const TrainingCoverageQuery = Type.Object({ departmentId: Type.Optional(Uuid) });
export type TrainingCoverageQuery = Static<typeof TrainingCoverageQuery>;

export type CascadeNode = {
  /** `user:<id>`, `external:<name>` or `ambassador:<id>`: stable keys for a tree view. */
  key: string;
  kind: (typeof CascadeNodeKinds)[number];
  name: string;
  ambassadorId: string | null;
  departmentPath: string | null;
  certified: boolean;
  certifiedOn: string | null;
  sessionsGiven: number;
  colleaguesTrained: number;
  trainedByDepartment: { departmentId: string; path: string; trained: number }[];
  children: CascadeNode[];
};

/** One trainer in the cascade. `children` holds CascadeNodes again (the schema leaves them open: JSON Schema recursion
 * does not survive every serializer). */
export const CascadeNode = Type.Object({
  key: Type.String(),
  kind: Type.Enum([...CascadeNodeKinds]),
  name: Type.String(),
  ambassadorId: Nullable(Uuid),
  departmentPath: Nullable(Type.String()),
  certified: Type.Boolean(),
  certifiedOn: Nullable(DateOnly),
  sessionsGiven: Type.Integer(),
  colleaguesTrained: Type.Integer(),
  trainedByDepartment: Type.Array(Type.Object({ departmentId: Uuid, path: Type.String(), trained: Type.Integer() })),
  children: Type.Array(Type.Unknown()),
});

export const TrainingCascade = Type.Object({
  /** Trainers of trainers (the communication team, external trainers), each with the ambassadors they certified. */
  roots: Type.Array(CascadeNode),
  /** Ambassadors who gave end-user sessions without being certified. */
  uncertified: Type.Array(CascadeNode),
  totals: Type.Object({ certifiedTrainers: Type.Integer(), colleaguesTrained: Type.Integer() }),
});
export type TrainingCascade = {
  roots: CascadeNode[];
  uncertified: CascadeNode[];
  totals: Static<typeof TrainingCascade>['totals'];
};

export const Weekday = Type.Integer({ minimum: 1, maximum: 7 });

const Bounded = ({ min, max }: { min: number; max: number }) => Type.Integer({ minimum: min, maximum: max });

export const PlanBody = Type.Object(
  {
    from: DateOnly,
    to: DateOnly,
    sessionMinutes: Bounded(PLAN_LIMITS.sessionMinutes),
    capacity: Bounded(PLAN_LIMITS.capacity),
    weekdays: Type.Array(Weekday, { minItems: 1, maxItems: 7, uniqueItems: true }),
    startTime: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }),
    departmentIds: Type.Optional(Ids),
    pilotFirst: Type.Optional(Type.Boolean()),
    /** Consecutive session slots a day from `startTime` (default 2). */
    sessionsPerDay: Type.Optional(Bounded(PLAN_LIMITS.sessionsPerDay)),
    /** Minutes between consecutive slots (default 15). */
    breakMinutes: Type.Optional(Bounded(PLAN_LIMITS.breakMinutes)),
    wave: OptionalText(PLAN_LIMITS.wave),
    /**
     * Digital help (off unless enabled): colleagues with low digital skill are grouped together, and a session where
     * they are the majority gets `capacity` places and an active digital buddy as second trainer.
     */
    digitalHelp: Type.Optional(
      Type.Object(
        { enabled: Type.Boolean(), capacity: Type.Optional(Bounded(PLAN_LIMITS.digitalHelpCapacity)) },
        { additionalProperties: false },
      ),
    ),
    /** Rooms (active, of the organisation) to hold the sessions in; each session gets one that is free and big enough. */
    roomIds: Type.Optional(Type.Array(Uuid, { maxItems: PLAN_LIMITS.rooms, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type PlanBody = Static<typeof PlanBody>;

export const PlannedSession = Type.Object(
  {
    title: Text(200),
    startsAt: DateTime,
    endsAt: DateTime,
    trainerIds: Ids,
    departmentIds: Ids,
    employeeIds: Type.Array(Uuid, { minItems: 1, maxItems: 1000, uniqueItems: true }),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    location: OptionalText(200),
    onlineUrl: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    wave: OptionalText(100),
    /** A room of the organisation: applying stores its name as the location (unless a location is given). */
    roomId: Type.Optional(Nullable(Uuid)),
    /** As proposed, so that a proposal can be sent back as it came; `buddyId` must be one of `trainerIds`. */
    digitalHelp: Type.Optional(Type.Boolean()),
    buddyId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type PlannedSession = Static<typeof PlannedSession>;

export const UnplannedEmployee = Type.Object({
  employeeId: Uuid,
  name: Type.String(),
  departmentId: Uuid,
  reason: Type.Enum([...UnplannedReasons]),
  /** With `already_scheduled`: the planned session the employee is already registered for. */
  sessionId: Nullable(Uuid),
});
export type UnplannedEmployee = Static<typeof UnplannedEmployee>;

export const Plan = Type.Object({
  sessions: Type.Array(
    Type.Object({
      ...PlannedSession.properties,
      capacity: Type.Integer(),
      wave: Nullable(Type.String()),
      /** The trainer works in the session's department; false when one had to come from elsewhere, or none is free. */
      trainerFromDepartment: Type.Boolean(),
      /** Mostly colleagues with low digital skill: fewer places, and a digital buddy when one is free. */
      digitalHelp: Type.Boolean(),
      /** The digital buddy among `trainerIds` (an ambassador id), if any. */
      buddyId: Nullable(Uuid),
      roomId: Nullable(Uuid),
      location: Nullable(Type.String()),
    }),
  ),
  unplanned: Type.Array(UnplannedEmployee),
  summary: Type.Object({
    untrained: Type.Integer(),
    planned: Type.Integer(),
    sessions: Type.Integer(),
    /** How many of `unplanned` were left out for each reason (every reason listed, 0 when none). */
    unplannedByReason: Type.Object({
      already_scheduled: Type.Integer(),
      no_trainer: Type.Integer(),
      no_room: Type.Integer(),
      no_slot: Type.Integer(),
    }),
  }),
});
export type Plan = Static<typeof Plan>;

export const ApplyPlanBody = Type.Object(
  { sessions: Type.Array(PlannedSession, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type ApplyPlanBody = Static<typeof ApplyPlanBody>;

export const AppliedPlan = Type.Object({ items: Type.Array(TrainingSession) });
export type AppliedPlan = Static<typeof AppliedPlan>;

export const CalendarFeed = Type.Object({
  /** The secret feed address; anyone with it can read the calendar, so regenerating it voids the old one. */
  url: Type.String(),
  webcalUrl: Type.String(),
});
export type CalendarFeed = Static<typeof CalendarFeed>;

export const TokenIcsParams = Type.Object({
  token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,200}$', maxLength: 200 }),
});
