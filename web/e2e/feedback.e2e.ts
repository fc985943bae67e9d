import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, AMBASSADOR, apiGet, desk, login, phone, withoutToasts } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SOUNDING_BOARD = 'Klankbord: eerste indruk van de testomgeving';
const VENDOR_ROUND = 'Keuze intranetleverancier';
const FINDING = 'Agenda van de afdeling staat niet op de startpagina';
const RESOLUTION = 'De afdelingsagenda staat sinds deze week als blok op de startpagina.';

let server: RunningServer;
let browser: Browser;
let adminToken: string;

type RoundSummary = { id: string; title: string; status: string };

const api = <T>(path: string, token: string) => apiGet<T>(server.url, path, token);

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
  adminToken = await accessToken(server.url, ADMIN);
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
    const mobile = await phone(browser, server.url);
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
    const office = await desk(browser, server.url);
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
    // Escape closes the panel: axe and the screenshot are for the board once it has gone.
    await admin.getByTestId('finding-panel').waitFor({ state: 'detached' });
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
