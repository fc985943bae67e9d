import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let server: RunningServer;
let browser: Browser;

const admin = {
  organisation: 'Zorggroep Horizon',
  name: 'Anna de Vries',
  email: `anna.${Date.now()}@horizon.example`,
  password: 'een lange zin als wachtwoord',
};

async function newPage(
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  return { context, page: await context.newPage() };
}

async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the app shell in a browser', () => {
  let inviteUrl = '';

  it('signs up, logs out and in, invites a colleague and switches to English', async () => {
    const { context, page } = await newPage();
    const errors = watchErrors(page);

    await page.goto('/signup');
    await page.getByLabel('Naam van de organisatie').fill(admin.organisation);
    await page.getByLabel('Je naam').fill(admin.name);
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    await page.getByRole('heading', { name: `Welkom, ${admin.name}` }).waitFor();
    expect(await page.getByTestId('organisation-name').innerText()).toBe(admin.organisation);
    expect(await navLinks(page)).toEqual([
      'Dashboard',
      'Organisatie',
      'Ambassadeurs',
      'Dekking',
      'Trainingen',
      'Activiteit',
      'Feedback',
      'Instellingen',
    ]);

    // A reload keeps the session: the refresh cookie brings it back.
    await page.reload();
    await page.getByRole('heading', { name: `Welkom, ${admin.name}` }).waitFor();

    await page.getByTestId('user-menu-button').click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login');

    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.').waitFor();

    await page.getByLabel('Wachtwoord', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: `Welkom, ${admin.name}` }).waitFor();

    await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.waitForURL('**/settings/users');
    await page.getByRole('table', { name: 'Gebruikers van de organisatie' }).getByText(admin.email).waitFor();

    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gebruiker uitnodigen' });
    await dialog.getByLabel('Naam').fill('Henk Willems');
    await dialog.getByLabel('E-mailadres').fill(`henk.${Date.now()}@horizon.example`);
    await dialog.getByRole('radio', { name: /^HR/ }).check();
    await dialog.getByRole('button', { name: 'Uitnodiging maken' }).click();

    const link = page.getByTestId('invite-url');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{16,}$`));
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByText('De link staat op het klembord.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
    await page.getByTestId('invite-result').getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByTestId('invite-result').waitFor({ state: 'detached' });
    await page.getByRole('table').getByText('Henk Willems').waitFor();

    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('link', { name: 'Settings', exact: true }).waitFor();
    expect(await navLinks(page)).toEqual([
      'Dashboard',
      'Organisation',
      'Ambassadors',
      'Coverage',
      'Training',
      'Activity',
      'Feedback',
      'Settings',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('ambassador.locale'))).toBe('en');

    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { name: `Welcome, ${admin.name}` }).waitFor();
    await page.screenshot({ path: `${screenshots}shell.png`, fullPage: true });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the invited colleague set a password and land on the HR home', async () => {
    expect(inviteUrl).not.toBe('');
    const { context, page } = await newPage({ width: 375, height: 812 });
    // 410: opening the used link again at the end.
    const errors = watchErrors(page, [401, 410]);

    await page.goto(new URL(inviteUrl).pathname);
    await page.getByText('Je bent uitgenodigd voor het ambassadeursprogramma van Zorggroep Horizon.').waitFor();
    await page.getByLabel('Kies een wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await page.getByText('Het wachtwoord moet 12 tot 128 tekens hebben.').waitFor();
    await page.getByLabel('Kies een wachtwoord').fill('mijn eigen lange wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    // HR starts on the dashboard.
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('dashboard').waitFor();

    // At 375 px the navigation sits behind the menu button.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu openen' }).click();
    expect(await navLinks(page)).toEqual([
      'Dashboard',
      'Organisatie',
      'Dekking',
      'Trainingen',
      'Activiteit',
      'Feedback',
      'Rapportages',
    ]);
    await page.screenshot({ path: `${screenshots}shell-mobile.png` });
    await page.getByRole('link', { name: 'Rapportages' }).click();
    await page.waitForURL('**/reports');
    expect(await nav.isVisible()).toBe(false);

    // The link is single-use.
    await page.goto(new URL(inviteUrl).pathname);
    await page.getByText('Deze uitnodiging werkt niet meer').waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
