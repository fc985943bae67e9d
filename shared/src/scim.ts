import { Type, type Static } from 'typebox';
import { DateTime, Page, PageQuery, SingleLine, Uuid } from './common.ts';

/** A SCIM bearer token as the admin sees it: never its secret, which is shown once when it is made. */
export const ScimToken = Type.Object({
  id: Uuid,
  name: Type.String(),
  /** The secret's first characters, to tell tokens apart. */
  prefix: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Type.Union([DateTime, Type.Null()]),
  revokedAt: Type.Union([DateTime, Type.Null()]),
});
export type ScimToken = Static<typeof ScimToken>;

export const ScimTokenList = Page(ScimToken);
export type ScimTokenList = Static<typeof ScimTokenList>;

/** Revoked tokens are listed too (`revoked=true` for only those, `false` for the live ones). */
export const ScimTokenListQuery = Type.Object({ revoked: Type.Optional(Type.Boolean()), ...PageQuery });
export type ScimTokenListQuery = Static<typeof ScimTokenListQuery>;

export const CreateScimTokenBody = Type.Object(
  { name: SingleLine({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type CreateScimTokenBody = Static<typeof CreateScimTokenBody>;

/** The new token with its secret: the only time the secret is shown. */
export const CreatedScimToken = Type.Object({ ...ScimToken.properties, secret: Type.String() });
export type CreatedScimToken = Static<typeof CreatedScimToken>;
