import { Type, type Static } from 'typebox';
import { DateOnly, DateTime, Page, PageQuery, problemWith, SearchText, SingleLine, Uuid } from './common.ts';
import {
  FINDING_LIMITS,
  FindingCategories,
  FindingStatuses,
  QuestionKinds,
  ROUND_LIMITS,
  RoundPurposes,
  RoundStatuses,
  SCORE_MAX,
  SCORE_MIN,
} from './constants/feedback.ts';
import { AmbassadorRole } from './ambassadors.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const RoundPurpose = Type.Enum([...RoundPurposes]);
export type RoundPurpose = Static<typeof RoundPurpose>;
export const RoundStatus = Type.Enum([...RoundStatuses]);
export type RoundStatus = Static<typeof RoundStatus>;
export const QuestionKind = Type.Enum([...QuestionKinds]);
export type QuestionKind = Static<typeof QuestionKind>;

/** A question's id: assigned by the server when the builder leaves it out, kept when the builder sends it. */
export const QuestionId = SingleLine({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
const Label = (maxLength: number) => SingleLine({ minLength: 1, maxLength });
const Score = Type.Integer({ minimum: SCORE_MIN, maximum: SCORE_MAX });

export const Question = Type.Object({
  id: QuestionId,
  kind: QuestionKind,
  text: Label(ROUND_LIMITS.questionText),
  required: Type.Boolean(),
  /** `choice` and `multi_choice`: the answers to pick from; `score_options`: the options (vendors) to score. */
  options: Type.Optional(
    Type.Array(Label(ROUND_LIMITS.optionText), { maxItems: ROUND_LIMITS.options, uniqueItems: true }),
  ),
  /** `score_options`: what every option is scored on. */
  criteria: Type.Optional(
    Type.Array(Label(ROUND_LIMITS.optionText), { maxItems: ROUND_LIMITS.criteria, uniqueItems: true }),
  ),
});
export type Question = Static<typeof Question>;

export const QuestionInput = Type.Object(
  {
    id: Type.Optional(QuestionId),
    kind: QuestionKind,
    text: Label(ROUND_LIMITS.questionText),
    required: Type.Optional(Type.Boolean({ default: true })),
    options: Question.properties.options,
    criteria: Question.properties.criteria,
  },
  { additionalProperties: false },
);
export type QuestionInput = Static<typeof QuestionInput>;

const MinGroupSize = (options: { default?: number } = {}) =>
  Type.Integer({ minimum: ROUND_LIMITS.minGroupSize.min, maximum: ROUND_LIMITS.minGroupSize.max, ...options });

/** A round's fields; `defaults` only on create, so that a PATCH never resets what it does not name. */
const roundFields = (defaults: boolean) => ({
  purpose: RoundPurpose,
  title: Label(ROUND_LIMITS.title),
  intro: Type.Optional(Nullable(Type.String({ maxLength: ROUND_LIMITS.intro }))),
  opensAt: Type.Optional(Nullable(DateTime)),
  closesAt: Type.Optional(Nullable(DateTime)),
  anonymous: Type.Optional(Type.Boolean(defaults ? { default: false } : {})),
  minGroupSize: Type.Optional(MinGroupSize(defaults ? { default: ROUND_LIMITS.minGroupSize.default } : {})),
  questions: Type.Optional(Type.Array(QuestionInput, { maxItems: ROUND_LIMITS.questions })),
  participantIds: Type.Optional(Type.Array(Uuid, { maxItems: ROUND_LIMITS.participants, uniqueItems: true })),
});

export const CreateRoundBody = Type.Object(roundFields(true), { additionalProperties: false });
export type CreateRoundBody = Static<typeof CreateRoundBody>;

export const UpdateRoundBody = Type.Partial(Type.Object(roundFields(false)), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateRoundBody = Static<typeof UpdateRoundBody>;

export const CopyRoundBody = Type.Object(
  { title: Type.Optional(Label(ROUND_LIMITS.title)) },
  { additionalProperties: false },
);
export type CopyRoundBody = Static<typeof CopyRoundBody>;

/** A participant's progress: invited when the round opens, reminded, responded. */
export const MyParticipation = Type.Object({
  invitedAt: Nullable(DateTime),
  remindedAt: Nullable(DateTime),
  respondedAt: Nullable(DateTime),
});
export type MyParticipation = Static<typeof MyParticipation>;

export const Participant = Type.Object({
  ambassadorId: Uuid,
  employeeId: Uuid,
  name: Type.String(),
  departmentId: Uuid,
  layerId: Uuid,
  roles: Type.Array(AmbassadorRole),
  invitedAt: Nullable(DateTime),
  remindedAt: Nullable(DateTime),
  respondedAt: Nullable(DateTime),
});
export type Participant = Static<typeof Participant>;

/** Who the participants are, over the organisation's layers and departments that have employees. */
export const RoundCoverage = Type.Object({
  layers: Type.Array(Type.Object({ layerId: Uuid, participants: Type.Integer() })),
  departments: Type.Array(Type.Object({ departmentId: Uuid, participants: Type.Integer() })),
  missingLayerIds: Type.Array(Uuid),
});
export type RoundCoverage = Static<typeof RoundCoverage>;

export const RoundSummary = Type.Object({
  id: Uuid,
  purpose: RoundPurpose,
  title: Type.String(),
  intro: Nullable(Type.String()),
  status: RoundStatus,
  opensAt: Nullable(DateTime),
  closesAt: Nullable(DateTime),
  anonymous: Type.Boolean(),
  minGroupSize: Type.Integer(),
  participantCount: Type.Integer(),
  respondedCount: Type.Integer(),
  questionCount: Type.Integer(),
  /** The caller's own participation, when she takes part. */
  myParticipation: Type.Optional(MyParticipation),
  openedAt: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type RoundSummary = Static<typeof RoundSummary>;

export const Round = Type.Object({
  ...RoundSummary.properties,
  questions: Type.Array(Question),
  /** Admins only. */
  participants: Type.Optional(Type.Array(Participant)),
  /** Admins only. */
  coverage: Type.Optional(RoundCoverage),
  /** Whether anyone has answered: the questions are then fixed. */
  hasResponses: Type.Boolean(),
});
export type Round = Static<typeof Round>;

export const RoundListQuery = Type.Object({
  status: Type.Optional(RoundStatus),
  purpose: Type.Optional(RoundPurpose),
  q: SearchText,
  ...PageQuery,
});
export type RoundListQuery = Static<typeof RoundListQuery>;

export const RoundList = Page(RoundSummary);
export type RoundList = Static<typeof RoundList>;

/** The ambassadors a round could ask: by role, department and layer, or one per department × layer cell. */
export const ParticipantSuggestionQuery = Type.Object({
  role: Type.Optional(AmbassadorRole),
  departmentId: Type.Optional(Uuid),
  layerId: Type.Optional(Uuid),
  onePerCell: Type.Optional(Type.Boolean({ default: false })),
});
export type ParticipantSuggestionQuery = Static<typeof ParticipantSuggestionQuery>;

export const ParticipantSuggestions = Type.Object({
  items: Type.Array(Type.Omit(Participant, ['invitedAt', 'remindedAt', 'respondedAt'])),
});
export type ParticipantSuggestions = Static<typeof ParticipantSuggestions>;

/** An answer's value, by its question's kind; the server checks that it fits the question. */
export const AnswerValue = Type.Union([
  Score,
  Type.Boolean(),
  Type.String({ maxLength: ROUND_LIMITS.textAnswer }),
  Type.Array(Label(ROUND_LIMITS.optionText), { maxItems: ROUND_LIMITS.options, uniqueItems: true }),
  Type.Record(
    Label(ROUND_LIMITS.optionText),
    Type.Record(Label(ROUND_LIMITS.optionText), Score, {
      maxProperties: ROUND_LIMITS.criteria,
      additionalProperties: false,
    }),
    { maxProperties: ROUND_LIMITS.options, additionalProperties: false },
  ),
]);
export type AnswerValue = Static<typeof AnswerValue>;

export const Answer = Type.Object({ questionId: QuestionId, value: AnswerValue }, { additionalProperties: false });
export type Answer = Static<typeof Answer>;

export const ResponseBody = Type.Object(
  { answers: Type.Array(Answer, { maxItems: ROUND_LIMITS.questions }) },
  { additionalProperties: false },
);
export type ResponseBody = Static<typeof ResponseBody>;

export const MyResponse = Type.Object({
  roundId: Uuid,
  answers: Type.Array(Answer),
  respondedAt: Nullable(DateTime),
  updatedAt: Nullable(DateTime),
});
export type MyResponse = Static<typeof MyResponse>;

export const RemindResult = Type.Object({ reminded: Type.Integer() });
export type RemindResult = Static<typeof RemindResult>;

/** Counts per value: 1–5 for ratings, per option for choices, `true`/`false` for yes/no. */
const Distribution = Type.Record(Type.String(), Type.Integer());

const GroupFigures = {
  responses: Type.Integer(),
  mean: Type.Optional(Type.Number()),
  distribution: Type.Optional(Distribution),
  /** An anonymous round's group with fewer than `minGroupSize` responses: no figures, so nobody can be singled out. */
  suppressed: Type.Optional(Type.Boolean()),
};

export const OptionRanking = Type.Object({
  option: Type.String(),
  mean: Type.Number(),
  criteria: Type.Record(Type.String(), Type.Number()),
  byLayer: Type.Array(Type.Object({ layerId: Uuid, mean: Type.Number() })),
});
export type OptionRanking = Static<typeof OptionRanking>;

export const QuestionResult = Type.Object({
  questionId: QuestionId,
  kind: QuestionKind,
  text: Type.String(),
  responses: Type.Integer(),
  mean: Type.Optional(Type.Number()),
  distribution: Type.Optional(Distribution),
  byLayer: Type.Array(Type.Object({ layerId: Uuid, ...GroupFigures })),
  byDepartment: Type.Array(Type.Object({ departmentId: Uuid, ...GroupFigures })),
  ranking: Type.Optional(Type.Array(OptionRanking)),
  texts: Type.Optional(Type.Array(Type.String())),
});
export type QuestionResult = Static<typeof QuestionResult>;

export const RoundResults = Type.Object({
  roundId: Uuid,
  status: RoundStatus,
  anonymous: Type.Boolean(),
  minGroupSize: Type.Integer(),
  participation: Type.Object({
    invited: Type.Integer(),
    responded: Type.Integer(),
    byLayer: Type.Array(Type.Object({ layerId: Uuid, invited: Type.Integer(), responded: Type.Integer() })),
    byDepartment: Type.Array(Type.Object({ departmentId: Uuid, invited: Type.Integer(), responded: Type.Integer() })),
    unheardLayerIds: Type.Array(Uuid),
  }),
  questions: Type.Array(QuestionResult),
});
export type RoundResults = Static<typeof RoundResults>;

/** Every participant's answers, for a round that is not anonymous. */
export const RoundResponses = Type.Object({
  items: Type.Array(
    Type.Object({
      ambassadorId: Uuid,
      name: Type.String(),
      departmentId: Uuid,
      layerId: Uuid,
      respondedAt: DateTime,
      answers: Type.Array(Answer),
    }),
  ),
});
export type RoundResponses = Static<typeof RoundResponses>;

export const RoundHasResponsesProblem = problemWith({}, 'The questions are fixed once anyone has answered');

export const FindingCategory = Type.Enum([...FindingCategories]);
export type FindingCategory = Static<typeof FindingCategory>;
export const FindingStatus = Type.Enum([...FindingStatuses]);
export type FindingStatus = Static<typeof FindingStatus>;

export const FindingChange = Type.Object({
  from: Nullable(FindingStatus),
  to: FindingStatus,
  resolution: Nullable(Type.String()),
  changedAt: DateTime,
  changedBy: Nullable(Type.Object({ userId: Uuid, name: Type.String() })),
});
export type FindingChange = Static<typeof FindingChange>;

export const Finding = Type.Object({
  id: Uuid,
  title: Type.String(),
  body: Type.String(),
  category: Nullable(FindingCategory),
  roundId: Nullable(Uuid),
  roundTitle: Nullable(Type.String()),
  status: FindingStatus,
  resolution: Nullable(Type.String()),
  duplicateOfId: Nullable(Uuid),
  /** Whether the caller raised it. */
  mine: Type.Boolean(),
  /** Who raised it: admins and HR only. */
  raisedBy: Type.Optional(Nullable(Type.Object({ userId: Uuid, name: Type.String() }))),
  createdAt: DateTime,
  updatedAt: DateTime,
  resolvedOn: Nullable(DateOnly),
  /** The detail only. */
  history: Type.Optional(Type.Array(FindingChange)),
});
export type Finding = Static<typeof Finding>;

export const FindingListQuery = Type.Object({
  status: Type.Optional(FindingStatus),
  category: Type.Optional(FindingCategory),
  roundId: Type.Optional(Uuid),
  mine: Type.Optional(Type.Boolean()),
  q: SearchText,
  ...PageQuery,
});
export type FindingListQuery = Static<typeof FindingListQuery>;

export const FindingList = Page(Finding);
export type FindingList = Static<typeof FindingList>;

export const CreateFindingBody = Type.Object(
  {
    title: Label(FINDING_LIMITS.title),
    body: Type.String({ minLength: 1, maxLength: FINDING_LIMITS.body }),
    category: Type.Optional(Nullable(FindingCategory)),
    roundId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type CreateFindingBody = Static<typeof CreateFindingBody>;

export const UpdateFindingBody = Type.Object(
  {
    status: FindingStatus,
    resolution: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: FINDING_LIMITS.resolution }))),
    duplicateOfId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type UpdateFindingBody = Static<typeof UpdateFindingBody>;

export const IllegalFindingTransitionProblem = problemWith(
  { from: FindingStatus, to: FindingStatus, allowed: Type.Array(FindingStatus) },
  'The finding cannot move from its status to the one asked for',
);
