import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The demo organisation's time zone and logins, as `npm start` seeds them. */
export const ZONE = 'Europe/Amsterdam';
export const DEMO_PASSWORD = 'horizon-demo-2026';
export const ADMIN = 'communicatie@zorggroep-horizon.example';
export const AMBASSADOR = 'ambassadeur@zorggroep-horizon.example';

/** Hides toasts in screenshots: they cover what the screenshot is for. */
export const withoutToasts = { style: '.toast-region { display: none !important; }' };

/** A desktop browser window in Dutch, in the organisation's time zone. */
export function desk(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1360, height: 900 }, locale: 'nl-NL', timezoneId: ZONE });
}

/** A phone (390 × 844) in Dutch, in the organisation's time zone. */
export function phone(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    ...devices['iPhone 13'],
    viewport: { width: 390, height: 844 },
    baseURL,
    locale: 'nl-NL',
    timezoneId: ZONE,
  });
}

/** Logs in through the login page and waits until the app has left it. */
export async function login(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** An access token for API calls that set up or check what a test does in the browser. */
export async function accessToken(baseURL: string, email: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** GET of an API path with a token; anything but 2xx fails the test with the answer. */
export async function apiGet<T>(baseURL: string, path: string, token: string): Promise<T> {
  const response = await fetch(`${baseURL}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
