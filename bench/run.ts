/** Runs the benchmarks named on the command line (default: all) and prints their reports. */
export {};
const benches: Record<string, () => Promise<{ run: () => Promise<string[]> }>> = {
  import: () => import('./import.bench.ts'),
  'employees-list': () => import('./employees-list.bench.ts'),
  coverage: () => import('./coverage.bench.ts'),
  training: () => import('./training.bench.ts'),
  'tenant-isolation': () => import('./tenant-isolation.bench.ts'),
  'feedback-results': () => import('./feedback-results.bench.ts'),
  dashboard: () => import('./dashboard.bench.ts'),
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
}
process.exit(0);
