import { Type, type Static } from 'typebox';
import { Locale, SingleLine, Uuid } from './common.ts';
import { Phases } from './constants/organisation.ts';

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

export const Organisation = Type.Object({
  id: Uuid,
  name: Type.String(),
  slug: Type.String(),
  locale: Locale,
  timezone: Type.String(),
  coverageTarget: CoverageTarget,
  phase: Phase,
});
export type Organisation = Static<typeof Organisation>;

export const UpdateOrganisationBody = Type.Object(
  {
    name: Type.Optional(SingleLine({ minLength: 2, maxLength: 200 })),
    locale: Type.Optional(Locale),
    timezone: Type.Optional(SingleLine({ minLength: 1, maxLength: 64 })),
    coverageTarget: Type.Optional(CoverageTarget),
    phase: Type.Optional(Phase),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBody>;
