import type { SsoSettings, SsoSettingsBody, SsoStartResponse } from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { ValidationFailed, type FieldError } from '../../http/errors.ts';
import type { Scope } from '../../http/actor.ts';
import { hashToken } from '../auth/secrets.ts';
import { domainUsedElsewhere } from '../users/users.repository.ts';
import { SsoDomainTaken, SsoProviderUnavailable } from './sso.errors.ts';
import { decryptSecret, encryptSecret, ssoKey } from './sso-crypto.ts';
import { authorizationUrl, isLoopbackHttp, newPendingLogin, providerConfiguration } from './sso-oidc.ts';
import {
  deleteExpiredSsoLogins,
  findEnabledSsoByDomain,
  findSsoConfig,
  findSsoDomainOwner,
  insertSsoLogin,
  listSsoDomains,
  saveSsoConfig,
  type SsoConfigRow,
} from './sso.repository.ts';

/** How long a login may take at the provider before its `state` is refused. */
export const SSO_LOGIN_TTL_MS = 10 * 60 * 1000;

export const SSO_CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** What the module needs beyond the database: the server's address and its key for client secrets. */
export type SsoEnvironment = { publicUrl: string; secretKey: Buffer | undefined };

export const redirectUriOf = (env: SsoEnvironment) => `${env.publicUrl}${SSO_CALLBACK_PATH}`;

export function decryptedClientSecret(env: SsoEnvironment, config: SsoConfigRow): string {
  return decryptSecret(ssoKey(env.secretKey), config.clientSecretEncrypted);
}

export async function getSettings(scope: Scope & { env: SsoEnvironment }): Promise<SsoSettings> {
  // One after the other: on a write request both run on its transaction, which takes one query at a time.
  const config = await findSsoConfig(scope);
  const domains = await listSsoDomains(scope);
  return {
    enabled: config?.enabled ?? false,
    issuer: config?.issuer ?? null,
    clientId: config?.clientId ?? null,
    clientSecretSet: config !== undefined,
    allowedDomains: domains,
    createUsers: config?.createUsers ?? false,
    defaultRole: config?.defaultRole ?? 'ambassador',
    passwordLogin: config?.passwordLogin ?? true,
    redirectUri: redirectUriOf(scope.env),
  };
}

function issuerErrors(issuer: string): FieldError[] {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return [{ field: 'issuer', code: 'invalid_url', message: 'must be an absolute URL' }];
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(url))
    return [{ field: 'issuer', code: 'https_required', message: 'must be an https URL' }];
  if (url.username || url.password || url.search || url.hash)
    return [{ field: 'issuer', code: 'invalid_url', message: 'must not carry credentials, a query or a fragment' }];
  return [];
}

/** Saves the whole configuration; without `clientSecret` the stored secret stays. */
export async function saveSettings(
  scope: Scope & { env: SsoEnvironment; body: SsoSettingsBody },
): Promise<SsoSettings> {
  const { body } = scope;
  const existing = await findSsoConfig(scope);
  const errors = issuerErrors(body.issuer.trim());
  // The stored secret only ever goes to the provider it was entered for: a new issuer or client needs it again.
  const sameClient = existing && existing.issuer === body.issuer.trim() && existing.clientId === body.clientId;
  if (!body.clientSecret && !sameClient)
    errors.push({ field: 'clientSecret', code: 'required', message: 'is required for a new provider or client' });
  if (body.enabled && body.allowedDomains.length === 0)
    errors.push({ field: 'allowedDomains', code: 'required', message: 'needs at least one domain to switch on' });
  if (errors.length > 0) throw new ValidationFailed(errors);

  const clientSecretEncrypted = body.clientSecret
    ? encryptSecret(ssoKey(scope.env.secretKey), body.clientSecret)
    : existing!.clientSecretEncrypted;
  const domains = [...new Set(body.allowedDomains)].sort();
  // A domain whose addresses already sign in to another organisation is not this one's to send to its provider.
  for (const domain of domains)
    if (await domainUsedElsewhere({ db: scope.db, organisationId: scope.organisationId, domain }))
      throw new SsoDomainTaken(domain);
  try {
    await saveSsoConfig({
      ...scope,
      values: {
        enabled: body.enabled,
        // Kept as entered: the provider's discovery document must name exactly this issuer.
        issuer: body.issuer.trim(),
        clientId: body.clientId,
        clientSecretEncrypted,
        createUsers: body.createUsers,
        defaultRole: body.defaultRole ?? 'ambassador',
        passwordLogin: body.passwordLogin,
      },
      domains,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'sso_domains_domain_key')) {
      for (const domain of domains) {
        const owner = await findSsoDomainOwner({ db: scope.db, domain });
        if (owner && owner !== scope.organisationId) throw new SsoDomainTaken(domain);
      }
      throw new SsoDomainTaken(domains.join(', '));
    }
    throw error;
  }
  return getSettings(scope);
}

/** The part after the last @, lower-cased; undefined for something that is not an address. */
export function domainOf(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return undefined;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/**
 * Whether an address logs in through its organisation's provider, decided by its domain alone: the answer is the
 * same for every address of a domain, so it tells nothing about which accounts exist.
 */
export async function startLogin({
  db,
  env,
  email,
}: {
  db: Db;
  env: SsoEnvironment;
  email: string;
}): Promise<{ response: SsoStartResponse; state?: string }> {
  const domain = domainOf(email.trim());
  const config = domain ? await findEnabledSsoByDomain({ db, domain }) : undefined;
  if (!config) return { response: { sso: false } };

  let configuration;
  try {
    configuration = await providerConfiguration(config.issuer, config.clientId, decryptedClientSecret(env, config));
  } catch {
    throw new SsoProviderUnavailable();
  }
  const pending = newPendingLogin();
  const now = new Date();
  await deleteExpiredSsoLogins({ db, now });
  await insertSsoLogin({
    db,
    organisationId: config.organisationId,
    values: {
      stateHash: hashToken(pending.state),
      nonce: pending.nonce,
      codeVerifier: pending.codeVerifier,
      expiresAt: new Date(now.getTime() + SSO_LOGIN_TTL_MS),
    },
  });
  const redirectUrl = await authorizationUrl(configuration, {
    pending,
    redirectUri: redirectUriOf(env),
    loginHint: email.trim(),
  });
  return { response: { sso: true, redirectUrl }, state: pending.state };
}
