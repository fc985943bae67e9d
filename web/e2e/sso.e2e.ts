import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, AMBASSADOR, desk } from './demo.ts';
import { startIdentityProvider, type IdentityProvider } from './identityProvider.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * Single sign-on: the demo organisation logs in through an OpenID Connect provider. The ambassador types her address,
 * logs in on the provider's page and lands in the app, logged in with the app's own session.
 */

let server: RunningServer;
let provider: IdentityProvider;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  provider = await startIdentityProvider({
    redirectUri: `${server.url}/api/v1/auth/sso/callback`,
    emails: [AMBASSADOR],
  });
  const token = await accessToken(server.url, ADMIN);
  const response = await fetch(`${server.url}/api/v1/organisation/sso`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      enabled: true,
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: [AMBASSADOR.split('@')[1]],
      createUsers: false,
      passwordLogin: true,
    }),
  });
  if (!response.ok) throw new Error(`PUT /organisation/sso: ${response.status} ${await response.text()}`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await provider?.close();
  await server?.stop();
});

describe('single sign-on in a browser', () => {
  it("logs in through the organisation's identity provider and lands in the app", async () => {
    const context = await desk(browser, server.url);
    const page = await context.newPage();

    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(AMBASSADOR);
    await page.getByRole('button', { name: 'Verder' }).click();

    // The provider's own login page.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(AMBASSADOR);
    await page.locator('input[name="password"]').fill('any password: the provider checks it, not the app');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/login'), {
      timeout: 30_000,
    });
    await page.getByTestId('user-menu-button').waitFor();
    // Watched from here: the provider's development page has errors of its own (an external style sheet, no icon).
    const errors = watchErrors(page);

    // A reload keeps the session: the refresh cookie the callback set is the app's own.
    await page.reload();
    await page.getByTestId('user-menu-button').waitFor();
    expect(new URL(page.url()).pathname).not.toMatch(/^\/login/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains a refused login on the login page', async () => {
    const context = await desk(browser, server.url);
    const page = await context.newPage();
    await page.goto('/login?sso_error=user_unknown');
    await page.getByText('Er is hier nog geen account voor je e-mailadres.').waitFor();
    await context.close();
  });
});
