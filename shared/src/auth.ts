import { Type, type Static } from 'typebox';
import { Email, Password, PersonName, problemWith, Role, SingleLine, Uuid } from './common.ts';
import { AmbassadorStatus } from './ambassadors.ts';
import { Organisation } from './organisation.ts';

export const User = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: Role,
});
export type User = Static<typeof User>;

export const OrganisationRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  slug: Type.String(),
});
export type OrganisationRef = Static<typeof OrganisationRef>;

export const SignupBody = Type.Object(
  {
    organisationName: SingleLine({ minLength: 2, maxLength: 200 }),
    name: PersonName,
    email: Email,
    password: Password,
  },
  { additionalProperties: false },
);
export type SignupBody = Static<typeof SignupBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const AcceptInviteBody = Type.Object(
  {
    token: Type.String({ minLength: 16, maxLength: 200 }),
    password: Password,
  },
  { additionalProperties: false },
);
export type AcceptInviteBody = Static<typeof AcceptInviteBody>;

/** zxcvbn's warning and suggestions as stable keys (`simpleRepeat`, `anotherWord`): clients translate them. */
export const PasswordFeedback = Type.Object({
  warning: Type.Union([Type.String(), Type.Null()]),
  suggestions: Type.Array(Type.String()),
});
export type PasswordFeedback = Static<typeof PasswordFeedback>;

/** A 422 of a route that sets a password: with `weak_password`, why it is easy to guess. */
export const WeakPasswordProblem = problemWith(
  { feedback: Type.Optional(PasswordFeedback) },
  'With weak_password: the field error in `errors`, and why the password is easy to guess as keys (`feedback`)',
);
export type WeakPasswordProblem = Static<typeof WeakPasswordProblem>;

export const SignupResponse = Type.Object({
  accessToken: Type.String(),
  user: User,
  organisation: OrganisationRef,
});
export type SignupResponse = Static<typeof SignupResponse>;

export const LoginResponse = Type.Object({
  accessToken: Type.String(),
  user: User,
  organisation: OrganisationRef,
});
export type LoginResponse = Static<typeof LoginResponse>;

export const RefreshResponse = Type.Object({ accessToken: Type.String() });
export type RefreshResponse = Static<typeof RefreshResponse>;

export const InvitePreview = Type.Object({
  email: Type.String(),
  name: Type.String(),
  role: Role,
  organisation: OrganisationRef,
  expiresAt: Type.String({ format: 'date-time' }),
});
export type InvitePreview = Static<typeof InvitePreview>;

export const MeResponse = Type.Object({
  user: User,
  organisation: Organisation,
  employee: Type.Optional(Type.Object({ id: Uuid, name: Type.String() })),
  ambassador: Type.Optional(Type.Object({ id: Uuid, status: AmbassadorStatus })),
});
export type MeResponse = Static<typeof MeResponse>;
