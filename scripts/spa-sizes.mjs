// What the SPA's screens load, measured as the browser receives it (gzip): the figures `check-budgets.mjs` prints
// and `npm run bench -- spa` reports. The chunks each screen needs are read from vite's build manifest (and, for a
// module inside a chunk group of web/build/chunks.ts, from `.vite/modules.json`), so renamed or re-split chunks are
// followed without editing this file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export const KiB = 1024;
export const root = path.resolve(import.meta.dirname, '..');
export const defaultDistDir = path.join(root, 'web/dist');

/**
 * Source modules each measured screen lazy-loads besides the entry: its route components, and for the screens behind
 * the login the Dutch messages of their areas.
 */
const SCREENS = {
  login: ['src/views/auth/LoginView.vue'],
  dashboard: [
    'src/components/layout/AppLayout.vue',
    'src/views/dashboard/DashboardView.vue',
    'src/i18n/locales/nl-areas.ts',
  ],
  calendar: [
    'src/components/layout/AppLayout.vue',
    'src/views/training/TrainingView.vue',
    'src/views/training/TrainingCalendarView.vue',
    'src/i18n/locales/nl-areas.ts',
  ],
};
const CALENDAR_VIEW = 'src/views/training/TrainingCalendarView.vue';
const CALENDAR_COMPONENT = 'src/components/training/TrainingCalendar.vue';

/**
 * Where the sizes must get to; all three are met. Of all JS, Vue with its router, pinia and vue-i18n are some 65 KiB,
 * the messages of both languages some 60, the screens' own code the rest. Printed beside each figure; a figure above
 * its goal does not fail the run, one above its budget does.
 */
export const GOALS = {
  login: 120 * KiB,
  dashboard: 150 * KiB,
  total: 350 * KiB,
};
/** What fails the run: the sizes of the build when the budgets were set, plus a little room. Lower them, never raise. */
export const BUDGETS = {
  login: 90 * KiB,
  dashboard: 135 * KiB,
  total: 332 * KiB,
};

/** The build cannot be measured (no manifest, no entry, a screen's chunk missing): the message says what to do. */
export class SpaBuildError extends Error {}

/**
 * @typedef {{ name: string; files: number; raw: number; gz: number; budget?: number; goal?: number }} SizeRow
 * @param {string} [distDir] the build to measure (default: web/dist)
 * @returns {{ distDir: string; rows: SizeRow[]; login: SizeRow; dashboard: SizeRow; total: SizeRow; failures: string[] }}
 *   every row (those with a budget also under their screen's name) and what exceeds a budget or leaks the calendar
 */
export function spaSizes(distDir = defaultDistDir) {
  const manifestPath = path.join(distDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new SpaBuildError(`No build manifest at ${path.relative(root, manifestPath)}: run \`npm run build\` first.`);
  }

  /** @type {Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new SpaBuildError('The build manifest lists no entry chunk.');

  // A module of a chunk group (build/chunks.ts) has no manifest key of its own: modules.json names its file.
  const modulesPath = path.join(distDir, '.vite/modules.json');
  /** @type {Record<string, string>} */
  const moduleFiles = existsSync(modulesPath) ? JSON.parse(readFileSync(modulesPath, 'utf8')) : {};
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  /** The manifest key of the chunk holding a source module. */
  const keyOf = (source) => (manifest[source] ? source : keyOfFile.get(moduleFiles[source]));

  const screenKeys = Object.fromEntries(
    Object.entries(SCREENS).map(([name, sources]) => [
      name,
      sources.map((source) => {
        const key = keyOf(source);
        if (!key) {
          throw new SpaBuildError(`The build has no chunk for ${source}: update SCREENS in scripts/spa-sizes.mjs.`);
        }
        return key;
      }),
    ]),
  );
  if (!manifest[CALENDAR_VIEW]) {
    throw new SpaBuildError(`The build manifest has no chunk for ${CALENDAR_VIEW}: update scripts/spa-sizes.mjs.`);
  }

  /** Every chunk key loaded with `keys`: the chunks themselves and, transitively, their static imports. */
  function staticClosure(keys) {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const imported of manifest[key].imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return seen;
  }

  const sizes = new Map();
  /** Gzip size as served: the precompressed `.gz` beside the file when the build wrote one, else gzip -9. */
  function gzipSize(file) {
    if (!sizes.has(file)) {
      const full = path.join(distDir, file);
      const raw = readFileSync(full);
      const gz = existsSync(`${full}.gz`)
        ? readFileSync(`${full}.gz`).length
        : gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
      sizes.set(file, { raw: raw.length, gz });
    }
    return sizes.get(file);
  }

  function measure(keys) {
    const files = [...new Set([...keys].map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));
    return files.reduce(
      (sum, file) => {
        const { raw, gz } = gzipSize(file);
        return { files: sum.files + 1, raw: sum.raw + raw, gz: sum.gz + gz };
      },
      { files: 0, raw: 0, gz: 0 },
    );
  }

  const entryChunks = staticClosure([entryKey]);
  const screenChunks = Object.fromEntries(
    Object.entries(screenKeys).map(([name, keys]) => [name, staticClosure([entryKey, ...keys])]),
  );

  // The calendar chunks: what the calendar view loads that nothing else loads statically. The other roots are the
  // entry, the lazy chunks and the chunks holding a screen.
  const screenFiles = new Set(
    Object.entries(moduleFiles)
      .filter(([source]) => source.startsWith('src/views/') && source !== CALENDAR_VIEW)
      .map(([, file]) => file),
  );
  const otherRoots = Object.keys(manifest).filter(
    (key) =>
      key !== CALENDAR_VIEW &&
      (manifest[key].isEntry || manifest[key].isDynamicEntry || screenFiles.has(manifest[key].file)),
  );
  const elsewhere = staticClosure(otherRoots);
  const calendarOnly = new Set([...staticClosure([CALENDAR_VIEW])].filter((key) => !elsewhere.has(key)));

  const allJs = new Set(Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js')));
  const allButCalendar = new Set([...allJs].filter((key) => !calendarOnly.has(key)));

  const login = { name: 'login page', ...measure(screenChunks.login), budget: BUDGETS.login, goal: GOALS.login };
  const dashboard = {
    name: 'dashboard (admin first screen)',
    ...measure(screenChunks.dashboard),
    budget: BUDGETS.dashboard,
    goal: GOALS.dashboard,
  };
  const total = {
    name: 'all JS except calendar-only',
    ...measure(allButCalendar),
    budget: BUDGETS.total,
    goal: GOALS.total,
  };
  const rows = [
    { name: 'entry (index.html + static imports)', ...measure(entryChunks) },
    login,
    dashboard,
    { name: 'calendar route', ...measure(screenChunks.calendar) },
    { name: 'calendar-only chunks', ...measure(calendarOnly) },
    total,
    { name: 'all JS', ...measure(allJs) },
  ];

  const failures = rows.filter((row) => row.budget !== undefined && row.gz > row.budget).map((row) => row.name);
  // The calendar must stay behind its own route: nothing the login page or the dashboard loads may contain it.
  if (calendarOnly.size === 0 || !manifest[CALENDAR_VIEW].isDynamicEntry) {
    failures.push('the calendar view is not a lazy chunk of its own');
  }
  // The files holding the calendar view and the component that brings FullCalendar, wherever the build put them.
  const calendarFiles = new Set(
    [CALENDAR_VIEW, CALENDAR_COMPONENT].map((source) => manifest[keyOf(source) ?? '']?.file).filter(Boolean),
  );
  for (const screen of ['login', 'dashboard']) {
    if ([...screenChunks[screen]].some((key) => calendarFiles.has(manifest[key].file))) {
      failures.push(`the ${screen} screen loads calendar code`);
    }
  }
  return { distDir, rows, login, dashboard, total, failures };
}
