/**
 * Test-only: an OpenID Connect provider (oidc-provider) on 127.0.0.1 with a random port, with its development
 * login form, and a browser stand-in that logs in there and follows the redirects back to the callback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export type Account = { email: string; name?: string; email_verified?: boolean };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, Account>;
  /** The next ID token the token endpoint issues expired two hours ago. */
  expireNextIdToken: () => void;
  close: () => Promise<void>;
};

export async function startProvider({ redirectUri }: { redirectUri: string }): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'ambassador-test';
  const clientSecret = 'test-client-secret-that-is-long-enough-for-hs256';
  const accounts = new Map<string, Account>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The requested scopes' claims go into the ID token, as Entra ID puts them there.
    conformIdTokenClaims: false,
    cookies: { keys: ['oidc-provider test cookie key'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email_verified: true, ...account }),
      };
    },
    // Consent is taken as given, so a login is one form.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      const grantId = session?.grantIdFor(client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });

  let expireNext = false;
  provider.use(async (ctx, next) => {
    if (!expireNext || ctx.path !== '/token') return next();
    expireNext = false;
    // The provider's clock stands two hours back while it issues the token, so the ID token's exp has passed.
    const realNow = Date.now;
    const skewed = realNow() - 2 * 60 * 60 * 1000;
    Date.now = () => skewed;
    try {
      await next();
    } finally {
      Date.now = realNow;
    }
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    expireNextIdToken: () => {
      expireNext = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A cookie jar of one site, enough for the provider's interaction cookies. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Logs in at the provider as `login` (an account id: its e-mail address) and answers the callback URL the provider
 * sends the browser back to, with `code` and `state`.
 */
export async function loginAtProvider(redirectUrl: string, login: string): Promise<URL> {
  const jar = new Jar();
  let url = new URL(redirectUrl);
  for (let hop = 0; hop < 10; hop++) {
    const isInteraction = /^\/interaction\/[^/]+$/.test(url.pathname);
    const response = await fetch(url, {
      redirect: 'manual',
      method: isInteraction ? 'POST' : 'GET',
      headers: {
        cookie: jar.header(),
        ...(isInteraction ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(isInteraction ? { body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString() } : {}),
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`The provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
    url = new URL(location, url);
    if (url.pathname.endsWith('/auth/sso/callback')) return url;
  }
  throw new Error('Too many redirects at the provider');
}
