import * as client from 'openid-client';
import type { SsoErrorCode } from '@ambassador/shared';

/** What the provider is asked for: an ID token with the e-mail address and name in it. */
const SCOPE = 'openid email profile';

/**
 * http is only allowed for a provider on this machine, and only outside production (development and tests): in
 * production a loopback issuer would let anyone who calls /auth/sso/start make the server fetch local services.
 */
export function isLoopbackHttp(url: URL, env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    env.NODE_ENV !== 'production' &&
    url.protocol === 'http:' &&
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  );
}

/** The provider's metadata and keys, from its discovery document; the client authenticates with its secret. */
export function providerConfiguration(issuer: string, clientId: string, clientSecret: string) {
  const url = new URL(issuer);
  return client.discovery(url, clientId, clientSecret, client.ClientSecretPost(clientSecret), {
    timeout: 10,
    ...(isLoopbackHttp(url) ? { execute: [client.allowInsecureRequests] } : {}),
  });
}

export type PendingLogin = { state: string; nonce: string; codeVerifier: string };

export function newPendingLogin(): PendingLogin {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

export async function authorizationUrl(
  configuration: client.Configuration,
  { pending, redirectUri, loginHint }: { pending: PendingLogin; redirectUri: string; loginHint: string },
): Promise<string> {
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    login_hint: loginHint,
  });
  return url.href;
}

/**
 * Exchanges the code (with the PKCE verifier) and validates the ID token: signature, issuer, audience, expiry,
 * `state` and `nonce`, all by openid-client. Answers the token's claims.
 */
export async function exchangeCode(
  configuration: client.Configuration,
  { callbackUrl, pending }: { callbackUrl: URL; pending: PendingLogin },
) {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider answered without an ID token');
  return claims;
}

/** The claim a failed check names: openid-client wraps oauth4webapi's error, whose cause says which claim. */
function failedClaim(error: Error): unknown {
  for (let cause: unknown = error.cause; cause && typeof cause === 'object'; cause = (cause as Error).cause) {
    if ('claim' in cause) return (cause as { claim: unknown }).claim;
  }
  return undefined;
}

/** Which of the login page's codes an openid-client failure is; anything unforeseen is the provider's. */
export function failureReason(error: unknown): SsoErrorCode {
  if (!(error instanceof Error)) return 'provider_error';
  const { code } = error as { code?: unknown };
  const claim = failedClaim(error);
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return 'invalid_nonce';
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && claim === 'exp') return 'token_expired';
  return 'provider_error';
}
