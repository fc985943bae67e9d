import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const ZONE = 'Europe/Amsterdam';
const PASSWORD = 'horizon-demo-2026';
const ADMIN = 'communicatie@zorggroep-horizon.example';
const AMBASSADOR = 'ambassadeur@zorggroep-horizon.example';
const SOUNDING_BOARD = 'Klankbord: eerste indruk van de testomgeving';
const VENDOR_ROUND = 'Keuze intranetleverancier';
const FINDING = 'Agenda van de afdeling staat niet op de startpagina';
const RESOLUTION = 'De afdelingsagenda staat sinds deze week als blok op de startpagina.';

let server: RunningServer;
let browser: Browser;
let adminToken: string;

type RoundSummary = { id: string; title: string; status: string };

async function api<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function login(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

const desk = () =>
  browser.newContext({
    baseURL: server.url,
    viewport: { width: 1360, height: 900 },
    locale: 'nl-NL',
    timezoneId: ZONE,
  });

const phone = () =>
  browser.newContext({
    ...devices['iPhone 13'],
    viewport: { width: 390, height: 844 },
    baseURL: server.url,
    locale: 'nl-NL',
    timezoneId: ZONE,
  });

const withoutToasts = { style: '.p-toast { display: none !important; }' };

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  });
  adminToken = ((await response.json()) as { accessToken: string }).accessToken;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('feedback rounds and findings in a browser', () => {
  it('an ambassador answers on her phone, the admin reads the results by layer and resolves her finding', async () => {
    const { items: rounds } = await api<{ items: RoundSummary[] }>('/feedback-rounds?limit=50', adminToken);
    const sounding = rounds.find((round) => round.title === SOUNDING_BOARD);
    const vendor = rounds.find((round) => round.title === VENDOR_ROUND);
    expect(sounding?.status).toBe('open');
    expect(vendor?.status).toBe('closed');
    const before = await api<{ participation: { responded: number } }>(
      `/feedback-rounds/${sounding!.id}/results`,
      adminToken,
    );

    // The ambassador answers the open sounding-board round, question by question, at phone width.
    const mobile = await phone();
    const ambassador = await login(mobile, AMBASSADOR);
    const ambassadorErrors = watchErrors(ambassador);
    await ambassador.goto('/feedback/my-rounds');
    await ambassador.getByRole('link', { name: `Beantwoorden: ${SOUNDING_BOARD}` }).click();
    await expect.poll(() => ambassador.getByTestId('answer-progress').innerText()).toContain('Vraag 1 van');
    await ambassador.getByRole('radio', { name: 'Goed (4)' }).check();
    await ambassador.screenshot({ path: `${screenshots}feedback-answer-phone.png`, fullPage: true });
    expect(await seriousAxeFindings(ambassador)).toEqual([]);
    await ambassador.getByTestId('answer-next').click();
    await ambassador.getByRole('radio', { name: 'Ja' }).check();
    await ambassador.getByTestId('answer-next').click();
    await ambassador.getByRole('radio', { name: 'Mijn rooster' }).check();
    await ambassador.getByTestId('answer-next').click();
    await ambassador.getByRole('textbox').fill('De zoekfunctie vindt het rooster nog niet.');
    await ambassador.getByTestId('answer-send').click();
    await ambassador.getByTestId('answer-sent').waitFor();
    const after = await api<{ participation: { responded: number } }>(
      `/feedback-rounds/${sounding!.id}/results`,
      adminToken,
    );
    expect(after.participation.responded).toBe(before.participation.responded + 1);

    // She reports a finding of her own.
    await ambassador.goto('/feedback/my-findings');
    await ambassador.getByTestId('my-findings-add').click();
    await ambassador.getByLabel('Titel').fill(FINDING);
    await ambassador.getByLabel('Beschrijving').fill('Ik zoek elke ochtend de agenda van mijn afdeling op.');
    await ambassador.getByTestId('new-finding-submit').click();
    await ambassador.getByText(FINDING).waitFor();

    // The admin builds rounds, and reads the vendor round's results by layer with the ranking.
    const office = await desk();
    const admin = await login(office, ADMIN);
    const adminErrors = watchErrors(admin);
    await admin.goto('/feedback/rounds/new');
    await admin.getByTestId('round-builder').waitFor();
    await admin.screenshot({ path: `${screenshots}feedback-builder.png`, fullPage: true });
    expect(await seriousAxeFindings(admin)).toEqual([]);

    await admin.goto(`/feedback/rounds/${vendor!.id}/results`);
    await admin.getByTestId('round-results-page').waitFor();
    const ranking = admin.locator('[data-testid$="-ranking"]').first();
    await ranking.waitFor();
    const vendorResults = await api<{
      questions: { kind: string; ranking?: { option: string }[] }[];
      participation: { byLayer: { layerId: string }[] };
    }>(`/feedback-rounds/${vendor!.id}/results`, adminToken);
    const expected = vendorResults.questions.find((question) => question.kind === 'score_options')!.ranking!;
    const shown = await ranking.locator('.question-result__option').allInnerTexts();
    expect(shown).toEqual(expected.map((option) => option.option));
    expect(vendorResults.participation.byLayer.length).toBeGreaterThan(1);
    for (const { layerId } of vendorResults.participation.byLayer) {
      await expect.poll(() => admin.getByTestId(`results-layer-${layerId}`).count()).toBe(1);
    }
    await admin.locator('[data-testid$="-layer-chart"]').first().waitFor();
    await admin.screenshot({ path: `${screenshots}feedback-results.png`, fullPage: true });
    expect(await seriousAxeFindings(admin)).toEqual([]);

    // Triage on the board: new → in behandeling → gepland → gedaan, with what was done.
    await admin.goto('/feedback/findings');
    const card = admin.getByRole('button', { name: new RegExp(FINDING) });
    await card.click();
    await admin.getByTestId('finding-move-reviewing').click();
    await expect.poll(() => admin.getByTestId('finding-move-planned').count()).toBe(1);
    await admin.getByTestId('finding-move-planned').click();
    await expect.poll(() => admin.getByTestId('finding-move-done').count()).toBe(1);
    await admin.getByTestId('finding-move-done').click();
    await admin.getByTestId('finding-resolution-input').fill(RESOLUTION);
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByTestId('finding-resolution').waitFor();
    await admin.keyboard.press('Escape');
    await admin.screenshot({ path: `${screenshots}feedback-findings-board.png`, fullPage: true, ...withoutToasts });
    expect(await seriousAxeFindings(admin)).toEqual([]);

    // The ambassador sees what became of it.
    await ambassador.goto('/feedback/my-findings');
    await ambassador.getByText(RESOLUTION).waitFor();
    expect(await seriousAxeFindings(ambassador)).toEqual([]);

    expect(ambassadorErrors).toEqual([]);
    expect(adminErrors).toEqual([]);
    await mobile.close();
    await office.close();
  });
});
