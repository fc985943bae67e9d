import { Type, type Static, type TObject } from 'typebox';
import { Locale, SingleLine, Uuid } from './common.ts';
import { ActivityKinds, RECOGNITION_MAX_POINTS } from './constants/activities.ts';
import { Phases, RETENTION_MONTHS } from './constants/organisation.ts';

export const Phase = Type.Enum([...Phases]);
export type Phase = Static<typeof Phase>;

export const CoverageTarget = Type.Object(
  {
    perEmployees: Type.Integer({ minimum: 1, maximum: 10000 }),
    minPerCell: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);
export type CoverageTarget = Static<typeof CoverageTarget>;

const Points = Type.Integer({ minimum: 0, maximum: RECOGNITION_MAX_POINTS });

/** Points per activity kind; in an update any subset of the kinds. */
export const RecognitionPoints = Type.Object(Object.fromEntries(ActivityKinds.map((kind) => [kind, Points])), {
  additionalProperties: false,
}) as unknown as TObject<Record<(typeof ActivityKinds)[number], typeof Points>>;
export type RecognitionPoints = Static<typeof RecognitionPoints>;

/** Recognition of ambassadors' activity: points and a leaderboard, off until the organisation switches it on. */
export const Recognition = Type.Object({ enabled: Type.Boolean(), points: RecognitionPoints });
export type Recognition = Static<typeof Recognition>;

export const UpdateRecognition = Type.Object(
  {
    enabled: Type.Optional(Type.Boolean()),
    points: Type.Optional(Type.Partial(RecognitionPoints, { additionalProperties: false, minProperties: 1 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRecognition = Static<typeof UpdateRecognition>;

const RetentionMonths = Type.Integer({ minimum: RETENTION_MONTHS.min, maximum: RETENTION_MONTHS.max });

/** Privacy: after how many months a left employee's personal data is anonymised. */
export const Privacy = Type.Object({ retentionMonths: RetentionMonths }, { additionalProperties: false });
export type Privacy = Static<typeof Privacy>;

export const Organisation = Type.Object({
  id: Uuid,
  name: Type.String(),
  slug: Type.String(),
  locale: Locale,
  timezone: Type.String(),
  coverageTarget: CoverageTarget,
  phase: Phase,
  recognition: Recognition,
  privacy: Privacy,
});
export type Organisation = Static<typeof Organisation>;

export const UpdateOrganisationBody = Type.Object(
  {
    name: Type.Optional(SingleLine({ minLength: 2, maxLength: 200 })),
    locale: Type.Optional(Locale),
    timezone: Type.Optional(SingleLine({ minLength: 1, maxLength: 64 })),
    coverageTarget: Type.Optional(CoverageTarget),
    phase: Type.Optional(Phase),
    recognition: Type.Optional(UpdateRecognition),
    privacy: Type.Optional(Privacy),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBody>;
