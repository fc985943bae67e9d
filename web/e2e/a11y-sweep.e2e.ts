import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RouteRecordRaw } from 'vue-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/router/routes.ts';
import { axeViolations, describeViolation } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { accessToken, ADMIN, AMBASSADOR, apiGet, desk, login } from './demo.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * Every screen of the router, as every role that may open it, through axe-core's WCAG 2.2 AA rules. The list of
 * screens is the router's own, so a new screen is swept without touching this file; a screen with a parameter
 * needs a resolver below that fetches a real id, or the sweep fails.
 */

const HR = 'hr@zorggroep-horizon.example';
type Role = 'admin' | 'hr' | 'ambassador';
const logins: Record<Role, string> = { admin: ADMIN, hr: HR, ambassador: AMBASSADOR };

interface Screen {
  name: string;
  path: string;
  roles: readonly string[] | undefined;
  public: boolean;
  guestOnly: boolean;
  redirects: boolean;
}

/** The leaf routes (the ones that show a page), with the meta merged from parent to child as vue-router does. */
function screens(records: readonly RouteRecordRaw[], parentPath = '', parentMeta: Record<string, unknown> = {}) {
  const found: Screen[] = [];
  for (const record of records) {
    const path = record.path.startsWith('/') ? record.path : `${parentPath.replace(/\/$/, '')}/${record.path}`;
    const meta = { ...parentMeta, ...(record.meta ?? {}) };
    if (record.children?.length) {
      found.push(...screens(record.children, path, meta));
      continue;
    }
    found.push({
      name: String(record.name ?? path),
      path: path === '' ? '/' : path,
      roles: meta.roles as readonly string[] | undefined,
      public: meta.public === true,
      guestOnly: meta.guestOnly === true,
      redirects: record.redirect !== undefined,
    });
  }
  return found;
}

let server: RunningServer;
let browser: Browser;
const tokens = {} as Record<Role, string>;

type IdList = { items: { id: string; status?: string }[] };

/** The first id of a list the role may read, or an error that names the list. */
async function firstId(role: Role, path: string): Promise<string> {
  const { items } = await apiGet<IdList>(server.url, path, tokens[role]);
  const id = items[0]?.id;
  if (!id) throw new Error(`no item in ${path} for ${role} to fill a route parameter with`);
  return id;
}

/** A list's first item of a preferred status, else its first item. */
async function preferredId(role: Role, path: string, status: string): Promise<string> {
  const { items } = await apiGet<IdList>(server.url, path, tokens[role]);
  const id = (items.find((item) => item.status === status) ?? items[0])?.id;
  if (!id) throw new Error(`no item in ${path} for ${role} to fill a route parameter with`);
  return id;
}

type Resolver = (role: Role) => Promise<Record<string, string>>;

/** How each parameterised route gets a real value for its parameters, per role. */
const resolvers: Record<string, Resolver> = {
  'ambassador-detail': async (role) => ({ id: await firstId(role, '/ambassadors?limit=1') }),
  'training-session': async (role) => ({
    id: await firstId(role, `/training-sessions?limit=1${role === 'ambassador' ? '&mine=true' : ''}`),
  }),
  'training-attendance': async (role) => ({
    id: await firstId(role, `/training-sessions?limit=1${role === 'ambassador' ? '&mine=true' : ''}`),
  }),
  'feedback-round': async (role) => ({ id: await preferredId(role, '/feedback-rounds?limit=50', 'open') }),
  'feedback-round-edit': async (role) => ({ id: await preferredId(role, '/feedback-rounds?limit=50', 'draft') }),
  'feedback-round-results': async (role) => ({ id: await preferredId(role, '/feedback-rounds?limit=50', 'closed') }),
  'feedback-round-answer': async (role) => ({ id: await preferredId(role, '/feedback-rounds?limit=50', 'open') }),
  // A real invitation, so the page shows its form rather than the expired-link message.
  'accept-invite': async () => {
    const { inviteUrl } = await apiPost<{ inviteUrl: string }>('/users', tokens.admin, {
      email: `a11y.${Date.now()}@zorggroep-horizon.example`,
      name: 'Sanne Toegankelijk',
      role: 'hr',
    });
    return { token: inviteUrl.split('/').pop() ?? '' };
  },
  'not-found': async () => ({ pathMatch: 'no-such-page' }),
};

async function apiPost<T>(path: string, token: string, body: unknown): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The path with its parameters filled in; a parameterised route without a resolver fails the sweep. */
async function concretePath(screen: Screen, role: Role): Promise<string> {
  const params = [...screen.path.matchAll(/:(\w+)(\([^)]*\))?\*?/g)];
  if (params.length === 0) return screen.path;
  const resolver = resolvers[screen.name];
  if (!resolver) throw new Error(`route ${screen.name} (${screen.path}) has parameters but no resolver in the sweep`);
  const values = await resolver(role);
  return screen.path.replace(/:(\w+)(\([^)]*\))?\*?/g, (_match, param: string) => {
    const value = values[param];
    if (!value) throw new Error(`the resolver of ${screen.name} gave no value for :${param}`);
    return encodeURIComponent(value);
  });
}

/** What shows that a page is still loading: the skeletons, a spinning icon, aria-busy, a table's veil. */
const LOADING = '.tab-skeleton, .plain-skeleton, .pi-spin, [aria-busy="true"], .plain-table__veil';

/** Counts the requests in flight, so a page counts as settled only when the network is quiet too. */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return () => inFlight;
}

async function settle(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const loading = await page.locator(LOADING).count();
    if (loading === 0 && inFlight() <= 0) {
      if (!quietSince) quietSince = Date.now();
      // Long enough for a request that a finished one starts, and for the transitions.
      if (Date.now() - quietSince >= 300) return;
    } else {
      quietSince = 0;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`${page.url()} did not settle within 10 s (still loading or requests in flight)`);
}

/**
 * Navigates inside the running app (no reload), through the app's own router; a full load when that fails (a
 * rebuilt SPA no longer has the chunks the running one asks for).
 */
async function navigate(page: Page, path: string): Promise<void> {
  const pushed = await page
    .evaluate(async (target) => {
      const host = document.querySelector('#app') as (Element & { __vue_app__?: unknown }) | null;
      const app = host?.__vue_app__ as
        { config: { globalProperties: { $router?: { push(to: string): Promise<unknown> } } } } | undefined;
      const router = app?.config.globalProperties.$router;
      if (!router) return false;
      await router.push(target);
      return true;
    }, path)
    .catch(() => false);
  if (!pushed) await page.goto(path);
}

/** Further states of a screen (by path) that only show after a click, swept under the screen's name and the state's. */
const states: Record<string, { name: string; show: (page: Page) => Promise<void> }[]> = {
  // The month view has the week numbers.
  '/training/calendar': [{ name: 'month', show: (page) => page.locator('.fc-dayGridMonth-button').click() }],
};

/**
 * Waits until the server serves a complete SPA build again: another `npm run build` in the same checkout empties
 * web/dist for a while, and a page loaded then is blank (and would pass axe).
 */
async function spaServed(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const html = await fetch(`${server.url}/`)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    const entry = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    if (entry && (await fetch(`${server.url}${entry}`).then((response) => response.ok))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server serves no complete SPA build (is web/dist being rebuilt?)');
}

/** A page counts as shown when its main landmark has content; anything else is a blank or broken load. */
const rendered = (page: Page) =>
  page
    .locator('main')
    .first()
    .innerText({ timeout: 5_000 })
    .then((text) => text.trim().length > 0)
    .catch(() => false);

/** Opens the screen; when it does not render (a rebuild in between), once more after the build is back. */
async function open(page: Page, path: string, reload: boolean, inFlight: () => number): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (reload || attempt > 0) await page.goto(path);
    else await navigate(page, path);
    const settled = await settle(page, inFlight).then(
      () => null,
      (error: unknown) => error,
    );
    if (!settled && (await rendered(page))) return;
    if (attempt > 0) throw settled ?? new Error(`${path} shows no content`);
    await spaServed();
  }
}

interface Sweep {
  swept: string[];
  skipped: string[];
  findings: string[];
  /** How long axe took per screen, to see what makes the sweep slow. */
  timings: string[];
}

async function sweep(page: Page, role: Role | 'guest', list: Screen[], reloadEach: boolean): Promise<Sweep> {
  const result: Sweep = { swept: [], skipped: [], findings: [], timings: [] };
  const inFlight = trackRequests(page);
  const seen = new Set<string>();
  for (const screen of list) {
    const path = await concretePath(screen, role === 'guest' ? 'admin' : role);
    await open(page, path, reloadEach, inFlight);
    const landed = new URL(page.url()).pathname;
    if (seen.has(landed)) {
      result.skipped.push(`${screen.name}: lands on ${landed}, swept already`);
      continue;
    }
    seen.add(landed);
    const started = Date.now();
    result.swept.push(screen.name);
    for (const violation of await axeViolations(page)) {
      result.findings.push(`[${role}] ${screen.name} (${landed}) ${describeViolation(violation)}`);
    }
    for (const state of states[landed] ?? []) {
      await state.show(page);
      await settle(page, inFlight);
      for (const violation of await axeViolations(page)) {
        result.findings.push(`[${role}] ${screen.name}, ${state.name} (${landed}) ${describeViolation(violation)}`);
      }
    }
    result.timings.push(`${screen.name} ${Date.now() - started} ms`);
  }
  return result;
}

function report(role: string, { swept, skipped, findings, timings }: Sweep): void {
  console.log(`${role}: ${swept.length} routes swept (${swept.join(', ')})`);
  if (process.env.A11Y_TIMINGS) console.log(`${role}: axe per screen: ${timings.join(', ')}`);
  for (const line of skipped) console.log(`${role}: skipped ${line}`);
  for (const line of findings) console.log(line);
}

const all = screens(routes);
const guestScreens = all.filter((screen) => screen.public || screen.guestOnly);
const appScreens = all.filter((screen) => !screen.public && !screen.guestOnly);

/** A route that only redirects shows no page of its own; the page it leads to is swept under its own name. */
function forRole(role: Role): { visit: Screen[]; skipped: string[] } {
  const visit: Screen[] = [];
  const skipped: string[] = [];
  for (const screen of appScreens) {
    if (screen.roles && !screen.roles.includes(role)) continue;
    if (screen.redirects) skipped.push(`${screen.name}: only redirects`);
    else visit.push(screen);
  }
  return { visit, skipped };
}

beforeAll(async () => {
  server = await startServer({ seedDemo: true });
  browser = await launchBrowser();
  for (const role of Object.keys(logins) as Role[]) tokens[role] = await accessToken(server.url, logins[role]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('WCAG 2.2 AA on every screen', () => {
  it('finds no serious or critical axe violation on the public screens', async () => {
    const context = await desk(browser, server.url);
    const page = await context.newPage();
    // Without a session every public page is a fresh load: there is no app to navigate within yet.
    const result = await sweep(page, 'guest', guestScreens, true);
    report('guest', result);
    await context.close();
    expect(result.swept.length).toBeGreaterThan(0);
    expect(result.findings).toEqual([]);
  });

  for (const role of Object.keys(logins) as Role[]) {
    it(`finds no serious or critical axe violation on the screens ${role} may open`, async () => {
      const context: BrowserContext = await desk(browser, server.url);
      await spaServed();
      const page = await login(context, logins[role]).catch(async () => {
        await spaServed();
        return login(context, logins[role]);
      });
      const { visit, skipped } = forRole(role);
      const result = await sweep(page, role, visit, false);
      result.skipped.unshift(...skipped);
      report(role, result);
      await context.close();
      expect(result.swept.length).toBeGreaterThan(0);
      expect(result.findings).toEqual([]);
    }, 360_000);
  }
});
