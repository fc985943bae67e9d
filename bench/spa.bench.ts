/**
 * What the browser downloads: the gzip size of the JS the login page loads and of the admin's first screen (the
 * dashboard), against their budgets in scripts/check-budgets.mjs (computed by scripts/spa-sizes.mjs, the same
 * figures `npm run budgets` prints), with the size each must eventually get to beside it. Goal: within budget
 * (≤ 1.0×). Builds web/dist first when it has no build manifest. No database.
 *   npm run bench -- spa
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { figure } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'web/dist');

type SizeRow = { name: string; files: number; raw: number; gz: number; budget: number; goal: number };
type SpaSizes = { login: SizeRow; dashboard: SizeRow; failures: string[] };

const KiB = 1024;

export async function run() {
  const report: string[] = [];
  if (!existsSync(path.join(DIST, '.vite/manifest.json'))) {
    report.push('web/dist has no build manifest: built it with `npm run build -w web`');
    execSync('npm run build -w web', { cwd: ROOT, stdio: 'ignore' });
  }
  const { spaSizes } = (await import(pathToFileURL(path.join(ROOT, 'scripts/spa-sizes.mjs')).href)) as {
    spaSizes: (distDir: string) => SpaSizes;
  };
  const sizes = spaSizes(DIST);
  for (const [key, row] of [
    ['login', sizes.login],
    ['dashboard', sizes.dashboard],
  ] as const) {
    const toGoal = row.gz <= row.goal ? 'met' : `${((row.gz - row.goal) / KiB).toFixed(1)} KiB to go`;
    report.push(
      figure({
        name: `spa ${key} JS (gzip)`,
        database: 'none',
        what: `JS the ${row.name} loads (${row.files} chunks, gzip)`,
        figure: row.gz / KiB,
        baselineWhat: 'budget',
        baseline: row.budget / KiB,
        unit: 'KiB',
        goal: { atMost: 1 },
        note: `size goal ${(row.goal / KiB).toFixed(1)} KiB: ${toGoal}`,
      }),
    );
  }
  if (sizes.failures.length > 0) report.push(`npm run budgets fails: ${sizes.failures.join('; ')}`);
  return report;
}
