/** Runs the benchmarks named on the command line (default: all), prints their reports and saves bench/results.json. */
import { saveResults } from './report.ts';

const benches: Record<string, () => Promise<{ run: () => Promise<string[]> }>> = {
  import: () => import('./import.bench.ts'),
  'employees-list': () => import('./employees-list.bench.ts'),
  coverage: () => import('./coverage.bench.ts'),
  training: () => import('./training.bench.ts'),
  'tenant-isolation': () => import('./tenant-isolation.bench.ts'),
  'feedback-results': () => import('./feedback-results.bench.ts'),
  dashboard: () => import('./dashboard.bench.ts'),
  'row-level-security': () => import('./row-level-security.bench.ts'),
  'ambassadors-list': () => import('./ambassadors-list.bench.ts'),
  overhead: () => import('./overhead.bench.ts'),
  tenants: () => import('./tenants.bench.ts'),
  pglite: () => import('./pglite.bench.ts'),
  spa: () => import('./spa.bench.ts'),
};

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
for (const name of names.length > 0 ? names : Object.keys(benches)) {
  const load = benches[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n# ${name}`);
  for (const line of await (await load()).run()) console.log(line);
  // After each benchmark: an interrupted run keeps what it measured.
  saveResults();
}
process.exit(0);
