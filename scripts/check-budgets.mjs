// Byte budgets for the built SPA, measured as the browser receives it (gzip). The chunks each screen needs are
// read from vite's build manifest, so renamed or re-split chunks are followed without editing this file.
//
//   node scripts/check-budgets.mjs [distDir]      (default: web/dist; run `npm run build` first)
//
// Exits 1 when a budget is exceeded or the calendar code leaks into another screen.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const KiB = 1024;
const root = path.resolve(import.meta.dirname, '..');
const distDir = path.resolve(process.argv[2] ?? path.join(root, 'web/dist'));
const manifestPath = path.join(distDir, '.vite/manifest.json');

/** Source modules (manifest keys) of the route components each measured screen lazy-loads besides the entry. */
const SCREENS = {
  login: ['src/views/auth/LoginView.vue'],
  dashboard: ['src/components/layout/AppLayout.vue', 'src/views/dashboard/DashboardView.vue'],
  calendar: [
    'src/components/layout/AppLayout.vue',
    'src/views/training/TrainingView.vue',
    'src/views/training/TrainingCalendarView.vue',
  ],
};
/** Lazy chunks every screen behind the login loads too, when the build has them: the Dutch messages of those screens. */
const BEHIND_LOGIN = ['src/i18n/locales/nl-areas.ts'];
const CALENDAR_VIEW = 'src/views/training/TrainingCalendarView.vue';

/**
 * Where the sizes must get to. Not met yet: the framework chunk (Vue, router, pinia, vue-i18n) alone is about 70 KiB,
 * the PrimeVue core and theme another 23; of all JS, the component library's data table, date picker, tree table,
 * tree select, multiselect, autocomplete, select, menu and dialog are some 165 KiB and chart.js 55. Printed beside
 * each figure; a figure above its goal does not fail the run.
 */
const GOALS = {
  login: 120 * KiB,
  dashboard: 150 * KiB,
  total: 350 * KiB,
};
/** What fails the run: the sizes of the build when the budgets were set, plus a little room. Lower them, never raise. */
const BUDGETS = {
  login: 155 * KiB,
  dashboard: 224 * KiB,
  total: 690 * KiB,
};

if (!existsSync(manifestPath)) {
  console.error(`No build manifest at ${path.relative(root, manifestPath)}: run \`npm run build\` first.`);
  process.exit(1);
}

/** @type {Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) {
  console.error('The build manifest lists no entry chunk.');
  process.exit(1);
}

for (const key of Object.values(SCREENS).flat()) {
  if (!manifest[key]) {
    console.error(`The build manifest has no chunk for ${key}: update SCREENS in scripts/check-budgets.mjs.`);
    process.exit(1);
  }
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
const behindLogin = BEHIND_LOGIN.filter((key) => manifest[key]);
const screenChunks = Object.fromEntries(
  Object.entries(SCREENS).map(([name, keys]) => [
    name,
    staticClosure([entryKey, ...keys, ...(name === 'login' ? [] : behindLogin)]),
  ]),
);

// The calendar chunks: what the calendar view loads that no other entry or lazy chunk loads statically.
const otherRoots = Object.keys(manifest).filter(
  (key) => key !== CALENDAR_VIEW && (manifest[key].isEntry || manifest[key].isDynamicEntry),
);
const elsewhere = staticClosure(otherRoots);
const calendarOnly = new Set([...staticClosure([CALENDAR_VIEW])].filter((key) => !elsewhere.has(key)));

const allJs = new Set(Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js')));
const allButCalendar = new Set([...allJs].filter((key) => !calendarOnly.has(key)));

const rows = [
  { name: 'entry (index.html + static imports)', ...measure(entryChunks) },
  { name: 'login page', ...measure(screenChunks.login), budget: BUDGETS.login, goal: GOALS.login },
  {
    name: 'dashboard (admin first screen)',
    ...measure(screenChunks.dashboard),
    budget: BUDGETS.dashboard,
    goal: GOALS.dashboard,
  },
  { name: 'calendar route', ...measure(screenChunks.calendar) },
  { name: 'calendar-only chunks', ...measure(calendarOnly) },
  { name: 'all JS except calendar-only', ...measure(allButCalendar), budget: BUDGETS.total, goal: GOALS.total },
  { name: 'all JS', ...measure(allJs) },
];

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const table = rows.map((row) => ({
  measure: row.name,
  chunks: row.files,
  raw: kib(row.raw),
  gzip: kib(row.gz),
  budget: row.budget ? kib(row.budget) : '',
  status: row.budget === undefined ? '' : row.gz <= row.budget ? 'ok' : 'OVER',
  goal: row.goal ? kib(row.goal) : '',
  'to goal': row.goal === undefined ? '' : row.gz <= row.goal ? 'met' : `${kib(row.gz - row.goal)} to go`,
}));

const widths = Object.keys(table[0]).map((column) =>
  Math.max(column.length, ...table.map((row) => String(row[column]).length)),
);
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
console.log(`JS budgets for ${path.relative(root, distDir) || distDir} (gzip as served)\n`);
console.log(line(Object.keys(table[0])));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of table) console.log(line(Object.values(row)));

const failures = rows.filter((row) => row.budget !== undefined && row.gz > row.budget).map((row) => row.name);
// The calendar must stay behind its own route: nothing the login page or the dashboard loads may contain it.
if (calendarOnly.size === 0 || !manifest[CALENDAR_VIEW].isDynamicEntry) {
  failures.push('the calendar view is not a lazy chunk of its own');
}
for (const screen of ['login', 'dashboard']) {
  if ([...calendarOnly].some((key) => screenChunks[screen].has(key))) {
    failures.push(`the ${screen} screen loads calendar code`);
  }
}

if (failures.length > 0) {
  console.error(`\nBudget exceeded: ${failures.join('; ')}.`);
  process.exit(1);
}
console.log('\nAll budgets met.');
