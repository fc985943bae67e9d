// Byte budgets for the built SPA, measured as the browser receives it (gzip). The sizes, budgets and goals are
// computed in spa-sizes.mjs (shared with `npm run bench -- spa`).
//
//   node scripts/check-budgets.mjs [distDir]      (default: web/dist; run `npm run build` first)
//
// Exits 1 when a budget is exceeded or the calendar code leaks into another screen.
import path from 'node:path';
import { KiB, SpaBuildError, defaultDistDir, root, spaSizes } from './spa-sizes.mjs';

const distDir = path.resolve(process.argv[2] ?? defaultDistDir);

let measured;
try {
  measured = spaSizes(distDir);
} catch (error) {
  if (!(error instanceof SpaBuildError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { rows, failures } = measured;

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

if (failures.length > 0) {
  console.error(`\nBudget exceeded: ${failures.join('; ')}.`);
  process.exit(1);
}
console.log('\nAll budgets met.');
