import { Type, type Static } from 'typebox';
import { DateOnly, DateTime, Page, PageQuery, Uuid } from './common.ts';
import { ACTIVITY_LIMITS, ActivityKinds, LOGGABLE_ACTIVITY_KINDS } from './constants/activities.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ActivityKind = Type.Enum([...ActivityKinds]);
export type ActivityKind = Static<typeof ActivityKind>;

export const Activity = Type.Object({
  id: Uuid,
  ambassadorId: Uuid,
  ambassadorName: Type.String(),
  kind: ActivityKind,
  date: DateOnly,
  /** Colleagues reached: helped, trained (a count, never names). */
  count: Type.Integer(),
  note: Nullable(Type.String()),
  /** `colleague_helped`: the help was with digital skills. */
  digitalHelp: Type.Boolean(),
  /** Written by the app (attendance, a round answered, a page reviewed): it cannot be deleted by hand. */
  automatic: Type.Boolean(),
  createdAt: DateTime,
});
export type Activity = Static<typeof Activity>;

export const CreateActivityBody = Type.Object(
  {
    kind: Type.Enum([...LOGGABLE_ACTIVITY_KINDS]),
    date: DateOnly,
    count: Type.Optional(Type.Integer({ minimum: ACTIVITY_LIMITS.count.min, maximum: ACTIVITY_LIMITS.count.max })),
    note: Type.Optional(Nullable(Type.String({ maxLength: ACTIVITY_LIMITS.note }))),
    digitalHelp: Type.Optional(Type.Boolean()),
    /** Admins only: log it for this ambassador. An ambassador logs for herself. */
    ambassadorId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateActivityBody = Static<typeof CreateActivityBody>;

export const ActivityListQuery = Type.Object({
  ambassadorId: Type.Optional(Uuid),
  departmentId: Type.Optional(Uuid),
  kind: Type.Optional(ActivityKind),
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
  ...PageQuery,
});
export type ActivityListQuery = Static<typeof ActivityListQuery>;

export const ActivityList = Page(Activity);
export type ActivityList = Static<typeof ActivityList>;

/** The network's activity per month and kind, for the chart over time; filters as the list. */
export const ActivitySummaryQuery = Type.Object({
  ambassadorId: Type.Optional(Uuid),
  departmentId: Type.Optional(Uuid),
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
});
export type ActivitySummaryQuery = Static<typeof ActivitySummaryQuery>;

export const ActivitySummary = Type.Object({
  months: Type.Array(
    Type.Object({
      /** `YYYY-MM` in the organisation's time zone. */
      month: Type.String(),
      kind: ActivityKind,
      entries: Type.Integer(),
      count: Type.Integer(),
    }),
  ),
  byDepartment: Type.Array(Type.Object({ departmentId: Uuid, entries: Type.Integer(), count: Type.Integer() })),
});
export type ActivitySummary = Static<typeof ActivitySummary>;

/** The leaderboard's period (the last 365 days up to today when absent) and department (with its subtree). */
export const LeaderboardQuery = Type.Object({
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
  departmentId: Type.Optional(Uuid),
  ...PageQuery,
});
export type LeaderboardQuery = Static<typeof LeaderboardQuery>;

export const LeaderboardEntry = Type.Object({
  /** Competition rank: equal points share a rank and the next rank skips (1, 2, 2, 4). */
  rank: Type.Integer(),
  ambassadorId: Uuid,
  name: Type.String(),
  departmentId: Uuid,
  points: Type.Integer(),
  entries: Type.Integer(),
});
export type LeaderboardEntry = Static<typeof LeaderboardEntry>;

/** Ambassadors with points in the period, most first; `mine` is the caller's own line (an ambassador's). */
export const Leaderboard = Type.Object({
  ...Page(LeaderboardEntry).properties,
  from: DateOnly,
  to: DateOnly,
  mine: Nullable(LeaderboardEntry),
});
export type Leaderboard = Static<typeof Leaderboard>;
