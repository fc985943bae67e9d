import type { IDToken } from 'openid-client';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { recordLogin } from '../audit/audit.service.ts';
import { issueRefreshToken, type IssuedRefresh } from '../auth/refresh-tokens.service.ts';
import { hashToken } from '../auth/secrets.ts';
import { provisionedEmployees } from '../employees/provisioning.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import {
  findUserByEmail,
  findUserBySsoSubject,
  insertUser,
  updateUser,
  type UserRow,
} from '../users/users.repository.ts';
import { SsoLoginFailed } from './sso.errors.ts';
import { exchangeCode, failureReason, providerConfiguration } from './sso-oidc.ts';
import { findSsoConfig, listSsoDomains, takeSsoLogin, type SsoConfigRow } from './sso.repository.ts';
import { decryptedClientSecret, domainOf, redirectUriOf, type SsoEnvironment } from './sso.service.ts';

const NAME_MAX = 200;
/** What a login through the provider is logged with as its route: the callback's own route is only the way back. */
const SSO_ROUTE = 'sso';

/**
 * The address the provider vouches for: `email`, or Entra ID's `preferred_username` when that is an address (Entra
 * leaves `email` out unless the optional claim is configured). An address the provider marks unverified is not used.
 */
export function emailOf(claims: IDToken): string | undefined {
  if (claims.email_verified === false) return undefined;
  const candidates = [claims.email, claims.preferred_username];
  const email = candidates.find((value): value is string => typeof value === 'string' && domainOf(value) !== undefined);
  return email?.trim().toLowerCase();
}

function nameOf(claims: IDToken, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : `${given} ${family}`;
  // Line breaks would end up in CSV exports and calendar files.
  const clean = name.replace(/[\r\n\t]+/g, ' ').trim();
  return (clean || email.slice(0, email.indexOf('@'))).slice(0, NAME_MAX);
}

/** The employee of the organisation with this address, whom a new account is linked to. */
async function employeeWithEmail(db: Db, organisationId: string, email: string): Promise<string | undefined> {
  const { items } = await provisionedEmployees({
    db,
    organisationId,
    filter: { email },
    window: { limit: 1, offset: 0 },
  });
  return items[0]?.id;
}

/**
 * The account a login through the provider names, if one exists: the one bound to the provider's subject, else the
 * one with the address the provider vouches for. The provider's account decides once it is bound: an address in a
 * claim can be changed or shared, the subject not.
 */
async function knownAccount(
  db: Db,
  { email, subject }: { email: string | undefined; subject: string },
): Promise<UserRow | undefined> {
  return (
    (await findUserBySsoSubject({ db, ssoSubject: subject })) ??
    (email ? await findUserByEmail({ db, email }) : undefined)
  );
}

/**
 * The account the provider's login is for: the `known` one if it is of this organisation (an invited one becomes
 * active: the provider has just checked who she is), or with `createUsers` a new one with the default role, linked to
 * the employee with the same address.
 */
async function accountFor(
  db: Db,
  config: SsoConfigRow,
  claims: IDToken,
  { email, subject, known }: { email: string; subject: string; known: UserRow | undefined },
): Promise<UserRow> {
  const { organisationId } = config;
  if (known) {
    if (known.organisationId !== organisationId) throw new SsoLoginFailed('user_unknown');
    if (known.ssoSubject && known.ssoSubject !== subject) throw new SsoLoginFailed('account_mismatch');
    if (known.status === 'deactivated') throw new SsoLoginFailed('user_deactivated');
    return known;
  }
  if (!config.createUsers) throw new SsoLoginFailed('user_unknown');
  // Looked up before the transaction: the employees repository asks two queries at once, which one transaction
  // cannot take.
  const employeeId = await employeeWithEmail(db, organisationId, email);
  try {
    return await db.transaction((tx) =>
      insertUser({
        db: tx,
        organisationId,
        user: {
          email,
          name: nameOf(claims, email),
          role: config.defaultRole,
          status: 'active',
          ssoSubject: subject,
          ...(employeeId ? { employeeId } : {}),
        },
      }),
    );
  } catch (error) {
    // Two first logins at once: the other made the account.
    if (isUniqueViolation(error, 'users_email_key')) throw new SsoLoginFailed('login_failed', error);
    throw error;
  }
}

/** The checks of the vouched address and of the account, then the session: a refresh token and the login event. */
async function signIn(
  db: Db,
  config: SsoConfigRow,
  claims: IDToken,
  { email, subject, known }: { email: string | undefined; subject: string; known: UserRow | undefined },
): Promise<{ userId: string; organisationId: string; refresh: IssuedRefresh }> {
  if (!email) throw new SsoLoginFailed('no_email');
  const domains = await listSsoDomains({ db, organisationId: config.organisationId });
  if (!domains.includes(domainOf(email)!)) throw new SsoLoginFailed('domain_not_allowed');

  const user = await accountFor(db, config, claims, { email, subject, known });
  return db.transaction(async (tx) => {
    const organisation = await findOrganisation({ db: tx, organisationId: user.organisationId });
    if (!organisation) throw new SsoLoginFailed('login_failed');
    await updateUser({
      db: tx,
      organisationId: user.organisationId,
      userId: user.id,
      changes: { status: 'active', lastLoginAt: new Date(), ssoSubject: subject },
    });
    const refresh = await issueRefreshToken({ db: tx, organisationId: user.organisationId, userId: user.id });
    await recordLogin({
      db: tx,
      organisationId: user.organisationId,
      userId: user.id,
      succeeded: true,
      route: SSO_ROUTE,
    });
    return { userId: user.id, organisationId: user.organisationId, refresh };
  });
}

/**
 * Completes the authorization-code flow the provider sent the browser back with. `browserState` is the `state`
 * this browser started with (its cookie): a callback from another browser's login is refused. Every failure is an
 * SsoLoginFailed with the code the login page shows.
 */
export async function completeLogin({
  db,
  env,
  query,
  browserState,
}: {
  db: Db;
  env: SsoEnvironment;
  query: URLSearchParams;
  browserState: string | undefined;
}): Promise<{ userId: string; organisationId: string; refresh: IssuedRefresh }> {
  const state = query.get('state');
  if (!state || !browserState || state !== browserState) throw new SsoLoginFailed('invalid_state');
  const pending = await takeSsoLogin({ db, stateHash: hashToken(state), now: new Date() });
  if (!pending) throw new SsoLoginFailed('invalid_state');
  const config = await findSsoConfig({ db, organisationId: pending.organisationId });
  if (!config?.enabled) throw new SsoLoginFailed('sso_disabled');

  const callbackUrl = new URL(redirectUriOf(env));
  for (const [name, value] of query) callbackUrl.searchParams.append(name, value);
  let claims: IDToken;
  try {
    const configuration = await providerConfiguration(
      config.issuer,
      config.clientId,
      decryptedClientSecret(env, config),
    );
    claims = await exchangeCode(configuration, {
      callbackUrl,
      pending: { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier },
    });
  } catch (error) {
    throw new SsoLoginFailed(failureReason(error), error);
  }

  // `sub` is unique per issuer only: the pair names one account of one provider.
  const subject = `${config.issuer} ${claims.sub}`;
  const email = emailOf(claims);
  const known = await knownAccount(db, { email, subject });
  try {
    return await signIn(db, config, claims, { email, subject, known });
  } catch (error) {
    // A known account's failed login goes to her organisation's log, as a failed password login does; the callback
    // always answers with a redirect, so its transaction keeps the event. Before the provider vouched for someone
    // (a wrong state, a refused code or token) there is no one to name, and only the server log has it.
    if (known && error instanceof SsoLoginFailed)
      await recordLogin({
        db,
        organisationId: known.organisationId,
        userId: known.id,
        succeeded: false,
        route: SSO_ROUTE,
      });
    throw error;
  }
}
