import { Type, type Static } from 'typebox';
import { Activity } from './activities.ts';
import { DateOnly, DateTime, Uuid } from './common.ts';
import { DashboardActionKinds } from './constants/dashboard.ts';
import { FindingStatus } from './feedback.ts';
import { Phase } from './organisation.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const DashboardAction = Type.Object({
  kind: Type.Enum([...DashboardActionKinds]),
  count: Type.Integer(),
  /** When the action is about one department (the worst first), its id. */
  departmentId: Type.Optional(Uuid),
});
export type DashboardAction = Static<typeof DashboardAction>;

export const InactiveAmbassador = Type.Object({
  ambassadorId: Uuid,
  name: Type.String(),
  departmentId: Uuid,
  lastActivityOn: Nullable(DateOnly),
});
export type InactiveAmbassador = Static<typeof InactiveAmbassador>;

/** Where the programme stands; every figure equals what the screen behind it shows. */
export const Dashboard = Type.Object({
  phase: Phase,
  coverage: Type.Object({
    employees: Type.Integer(),
    activeAmbassadors: Type.Integer(),
    /** Covered department × layer cells as a share of all cells, 0–100, as the coverage screen shows it. */
    coveragePct: Type.Number(),
    /** Share of active employees who work in a covered cell, 0–100. */
    employeesInCoveredCellsPct: Type.Number(),
    cells: Type.Integer(),
    coveredCells: Type.Integer(),
    uncoveredCells: Type.Integer(),
    /** The uncovered cells with the most employees. */
    worstCells: Type.Array(
      Type.Object({ departmentId: Uuid, layerId: Uuid, employees: Type.Integer(), ambassadors: Type.Integer() }),
    ),
  }),
  ambassadorsByStatus: Type.Record(Type.String(), Type.Integer()),
  training: Type.Object({
    /** Share of active employees who attended a completed end-user session, 0–100. */
    trainedPct: Type.Number(),
    sessionsNext14Days: Type.Integer(),
    certifiedTrainers: Type.Integer(),
    departmentsWithoutTrainer: Type.Integer(),
    attendanceDue: Type.Integer(),
  }),
  feedback: Type.Object({
    openRounds: Type.Integer(),
    openItems: Type.Integer(),
    rounds: Type.Array(
      Type.Object({ id: Uuid, title: Type.String(), participantCount: Type.Integer(), respondedCount: Type.Integer() }),
    ),
  }),
  content: Type.Object({ items: Type.Integer(), overdue: Type.Integer() }),
  activity: Type.Object({
    /** Entries and colleagues reached per month, the last twelve months (oldest first, `YYYY-MM`). */
    months: Type.Array(Type.Object({ month: Type.String(), entries: Type.Integer(), count: Type.Integer() })),
  }),
  /** Active ambassadors without any activity in the last 60 days (in the organisation's time zone). */
  inactiveAmbassadors: Type.Array(InactiveAmbassador),
  digitalHelp: Type.Object({
    lowSkillEmployees: Type.Integer(),
    departmentsWithoutBuddy: Type.Integer(),
  }),
  actions: Type.Array(DashboardAction),
});
export type Dashboard = Static<typeof Dashboard>;

export const HomeSession = Type.Object({
  id: Uuid,
  title: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  location: Nullable(Type.String()),
  /** She gives it (else she is enrolled). */
  isTrainer: Type.Boolean(),
  /** It has started, she gives it and attendance is not taken yet. */
  attendanceDue: Type.Boolean(),
});
export type HomeSession = Static<typeof HomeSession>;

/** The ambassador's first screen. */
export const MyHome = Type.Object({
  nextSessions: Type.Array(HomeSession),
  openRounds: Type.Array(Type.Object({ id: Uuid, title: Type.String(), closesAt: Nullable(DateTime) })),
  contentDue: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      url: Nullable(Type.String()),
      nextReviewDue: DateOnly,
      overdue: Type.Boolean(),
    }),
  ),
  findings: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), status: FindingStatus, resolution: Nullable(Type.String()) }),
  ),
  recentActivity: Type.Array(Activity),
  lastActivityOn: Nullable(DateOnly),
  /** No activity in the last 30 days: a friendly nudge on her home. */
  nudge: Type.Boolean(),
});
export type MyHome = Static<typeof MyHome>;
