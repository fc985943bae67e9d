import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';
import { accessToken, ADMIN, apiGet, desk, login } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

/** The admin reads who changed what: a department renamed through the API shows, filtered, with before and after. */

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the audit log in a browser', () => {
  it('filters the log to departments and to one person, and shows a rename with its old and new name', async () => {
    const token = await accessToken(server.url, ADMIN);
    const departments = await apiGet<{ items: { id: string; name: string }[] }>(server.url, '/departments', token);
    const department = departments.items[0]!;
    const newName = `${department.name} (hernoemd)`;
    const renamed = await fetch(`${server.url}/api/v1/departments/${department.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: newName }),
    });
    expect(renamed.status).toBe(200);

    const context = await desk(browser, server.url);
    const page = await login(context, ADMIN);
    const errors = watchErrors(page);
    await page.goto('/settings/audit');
    await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBeGreaterThan(0);

    await page.getByTestId('audit-entity').selectOption({ label: 'Afdeling' });
    const rename = page.getByTestId('audit-table').locator('tbody tr').filter({ hasText: newName }).first();
    await expect.poll(() => rename.count()).toBe(1);
    expect(await rename.locator('del').innerText()).toBe(department.name);
    expect(await rename.locator('ins').innerText()).toBe(newName);

    await rename.getByTestId('audit-actor').click();
    await expect.poll(() => page.getByTestId('audit-chips').innerText()).toContain('Alleen');
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'Systeem' }).count()).toBe(0);
    expect(await rows.filter({ hasText: newName }).count()).toBeGreaterThan(0);

    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}audit-log.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
