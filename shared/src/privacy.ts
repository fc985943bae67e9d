import { Type, type Static, type TSchema } from 'typebox';
import { DateOnly, DateTime, Uuid } from './common.ts';
import { AnswerValue } from './feedback.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = Nullable(Type.String());
const When = Nullable(DateTime);

/**
 * Everything the product holds about one employee, for an inzageverzoek (AVG art. 15): her record, her accounts, her
 * ambassador work and what she wrote. Never a password hash or a token.
 */
export const PersonalData = Type.Object({
  exportedAt: DateTime,
  employee: Type.Object({
    id: Uuid,
    employeeNumber: Type.String(),
    name: Type.String(),
    email: Text,
    department: Type.String(),
    layer: Type.String(),
    jobTitle: Text,
    location: Text,
    digitalSkill: Text,
    status: Type.String(),
    createdAt: DateTime,
    updatedAt: DateTime,
  }),
  users: Type.Array(
    Type.Object({
      id: Uuid,
      email: Type.String(),
      name: Type.String(),
      role: Type.String(),
      status: Type.String(),
      lastLoginAt: When,
      createdAt: DateTime,
    }),
  ),
  ambassador: Nullable(
    Type.Object({
      id: Uuid,
      status: Type.String(),
      roles: Type.Array(Type.String()),
      source: Type.String(),
      nominatedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
      motivation: Text,
      notes: Text,
      hoursPerMonth: Nullable(Type.Number()),
      managerConsent: Nullable(Type.Boolean()),
      managerConsentDate: Nullable(DateOnly),
      startDate: Nullable(DateOnly),
      endDate: Nullable(DateOnly),
      createdAt: DateTime,
      statusHistory: Type.Array(Type.Object({ from: Text, to: Type.String(), note: Text, changedAt: DateTime })),
    }),
  ),
  activities: Type.Array(
    Type.Object({ kind: Type.String(), date: DateOnly, count: Type.Integer(), note: Text, createdAt: DateTime }),
  ),
  enrolments: Type.Array(
    Type.Object({
      sessionId: Uuid,
      sessionTitle: Type.String(),
      sessionStartsAt: DateTime,
      sessionStatus: Type.String(),
      status: Type.String(),
      enrolledAt: DateTime,
    }),
  ),
  sessionsAsTrainer: Type.Array(
    Type.Object({ sessionId: Uuid, title: Type.String(), startsAt: DateTime, status: Type.String() }),
  ),
  feedback: Type.Array(
    Type.Object({
      roundId: Uuid,
      roundTitle: Type.String(),
      purpose: Type.String(),
      invitedAt: When,
      remindedAt: When,
      respondedAt: When,
      answers: Type.Array(Type.Object({ questionId: Type.String(), question: Text, value: AnswerValue })),
    }),
  ),
  findings: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      body: Type.String(),
      category: Text,
      status: Type.String(),
      resolution: Text,
      createdAt: DateTime,
      history: Type.Array(Type.Object({ from: Text, to: Type.String(), resolution: Text, changedAt: DateTime })),
    }),
  ),
  contentItems: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), section: Text, url: Text, status: Type.String() }),
  ),
  notifications: Type.Array(
    Type.Object({ kind: Type.String(), title: Type.String(), body: Type.String(), readAt: When, createdAt: DateTime }),
  ),
  mails: Type.Array(
    Type.Object({
      kind: Type.String(),
      to: Type.String(),
      subject: Type.String(),
      status: Type.String(),
      createdAt: DateTime,
      sentAt: When,
    }),
  ),
});
export type PersonalData = Static<typeof PersonalData>;

/** What an erasure anonymised: rows touched per kind of data (0 when a second erasure found nothing left). */
export const ErasureResult = Type.Object({
  employeeId: Uuid,
  name: Type.String({ description: 'The placeholder the employee is shown as from now on' }),
  anonymised: Type.Object({
    users: Type.Integer(),
    ambassador: Type.Integer(),
    statusNotes: Type.Integer(),
    activityNotes: Type.Integer(),
    feedbackTextAnswers: Type.Integer(),
    findings: Type.Integer(),
    notifications: Type.Integer(),
    mails: Type.Integer(),
  }),
});
export type ErasureResult = Static<typeof ErasureResult>;
