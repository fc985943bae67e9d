import { Type, type Static } from 'typebox';
import { Role } from './common.ts';

/** A lower-case host name such as `zorggroep.nl`: the part of an e-mail address after the @. */
export const SsoDomain = Type.String({
  maxLength: 253,
  pattern: '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$',
});

/**
 * An organisation's single sign-on (OpenID Connect) as its admins see it: never the client secret, only whether
 * one is stored. `redirectUri` is what to register at the provider.
 */
export const SsoSettings = Type.Object({
  enabled: Type.Boolean(),
  issuer: Type.Union([Type.String(), Type.Null()]),
  clientId: Type.Union([Type.String(), Type.Null()]),
  clientSecretSet: Type.Boolean(),
  allowedDomains: Type.Array(Type.String()),
  createUsers: Type.Boolean(),
  defaultRole: Role,
  passwordLogin: Type.Boolean(),
  redirectUri: Type.String(),
});
export type SsoSettings = Static<typeof SsoSettings>;

/**
 * The whole configuration. `clientSecret` may be left out to keep the stored one; `enabled: false` switches single
 * sign-on off and keeps the rest. `issuer` is an https URL (http only for localhost).
 */
export const SsoSettingsBody = Type.Object(
  {
    enabled: Type.Boolean(),
    issuer: Type.String({ minLength: 1, maxLength: 500 }),
    clientId: Type.String({ maxLength: 200, pattern: '^[\\x21-\\x7e]+$' }),
    clientSecret: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    allowedDomains: Type.Array(SsoDomain, { maxItems: 50 }),
    createUsers: Type.Boolean(),
    defaultRole: Type.Optional(Role),
    passwordLogin: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type SsoSettingsBody = Static<typeof SsoSettingsBody>;

export const SsoStartBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }) },
  { additionalProperties: false },
);
export type SsoStartBody = Static<typeof SsoStartBody>;

/** Where to send the browser when the address's domain logs in through its organisation's provider. */
export const SsoStartResponse = Type.Union([
  Type.Object({ sso: Type.Literal(true), redirectUrl: Type.String() }),
  Type.Object({ sso: Type.Literal(false) }),
]);
export type SsoStartResponse = Static<typeof SsoStartResponse>;

/** What the provider sends back to the callback; anything else it adds is passed on to openid-client as is. */
export const SsoCallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  state: Type.Optional(Type.String({ maxLength: 512 })),
  iss: Type.Optional(Type.String({ maxLength: 500 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type SsoCallbackQuery = Static<typeof SsoCallbackQuery>;

/** The `sso_error` codes the callback sends the login page, which shows each in words. */
export const SsoErrorCodes = [
  'invalid_state',
  'invalid_nonce',
  'token_expired',
  'provider_error',
  'sso_disabled',
  'no_email',
  'domain_not_allowed',
  'user_unknown',
  'user_deactivated',
  'account_mismatch',
  'login_failed',
] as const;
export type SsoErrorCode = (typeof SsoErrorCodes)[number];
