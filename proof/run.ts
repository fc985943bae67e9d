/**
 * Runs the proofs named on the command line (default: all), prints one line per figure with `met` or `NOT met`, and
 * exits 1 when any figure is not met.
 *   npm run proof [-- load restart sigterm two-instances]    (PROOF_SECONDS, PROOF_CONNECTIONS)
 */
export {};
const proofs: Record<string, () => Promise<{ run: () => Promise<string[]> }>> = {
  load: () => import('./load.proof.ts'),
  restart: () => import('./restart.proof.ts'),
  sigterm: () => import('./sigterm.proof.ts'),
  'two-instances': () => import('./two-instances.proof.ts'),
};

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
for (const name of names) {
  if (!proofs[name]) {
    console.error(`Unknown proof "${name}"; known: ${Object.keys(proofs).join(', ')}`);
    process.exit(2);
  }
}
let failed = false;
for (const name of names.length > 0 ? names : Object.keys(proofs)) {
  console.log(`\n# ${name}`);
  try {
    for (const line of await (await proofs[name]!()).run()) {
      if (line.endsWith('NOT met')) failed = true;
      console.log(line);
    }
  } catch (error) {
    failed = true;
    console.log(`${name}: the proof could not run — NOT met`);
    console.error(error);
  }
}
process.exit(failed ? 1 : 0);
