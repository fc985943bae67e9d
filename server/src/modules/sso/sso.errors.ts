import { DomainError, domainError } from '../../http/errors.ts';
import type { SsoErrorCode } from '@ambassador/shared';

export const SsoKeyMissing = domainError(
  'sso_key_missing',
  503,
  'Single sign-on cannot be configured: the server has no SSO_SECRET_KEY',
);
export const SsoDomainTaken = domainError(
  'sso_domain_taken',
  409,
  (domain: string) => `The domain ${domain} already logs in through another organisation`,
);
export const SsoProviderUnavailable = domainError(
  'sso_provider_unavailable',
  502,
  "The organisation's identity provider could not be reached; try again or log in with a password",
);
export const PasswordLoginDisabled = domainError(
  'password_login_disabled',
  403,
  'This organisation logs in with single sign-on; use the button for your organisation',
);

/**
 * Why a login through the provider failed. Never answered as a problem: the callback sends the browser to the login
 * page with the code, which the page shows in words.
 */
export class SsoLoginFailed extends DomainError {
  constructor(
    readonly reason: SsoErrorCode,
    cause?: unknown,
  ) {
    super({ code: 'sso_login_failed', status: 400, message: `Single sign-on failed: ${reason}`, cause });
  }
}
