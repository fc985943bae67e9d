/**
 * How every benchmark reports a figure: one line with the figure, its baseline measured in the same run, the ratio,
 * the goal and whether it is met; both sides measured in alternating rounds (A, B, A, B, A, B) and the median of
 * each taken; and the table of all figures in bench/results.json, merged by (name, database) so that running one
 * benchmark keeps the others' last results.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

/** Rounds of each side per ratio (BENCH_ROUNDS, default 3; fewer only for a quick check). */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export const RESULTS_FILE = path.join(import.meta.dirname, 'results.json');
export const README_FILE = path.join(import.meta.dirname, '..', 'README.md');
/** The README's table of the last results sits between these two lines. */
const TABLE_START = '<!-- bench results: written by npm run bench -->';
const TABLE_END = '<!-- end of bench results -->';

/** The ratio figure ÷ baseline must reach `atLeast` (more is better) or stay within `atMost` (less is better). */
export type Goal = { atLeast: number } | { atMost: number };

export type Result = {
  /** The benchmark and what it measures, e.g. `tenants GET /coverage`. */
  name: string;
  /** Where the figure was measured: `PostgreSQL`, `PGlite`, or `none`. */
  database: string;
  figure: number;
  unit: string;
  baseline: number;
  ratio: number;
  /** `≥ 0.6` or `≤ 1`: the bound on the ratio. */
  goal: string;
  met: boolean;
  measuredAt: string;
  machine: { cpus: number; model: string; totalMemGiB: number };
};

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Measures each side in turn, `rounds` times over (A, B, A, B, …), so that a slow minute of a shared machine hits
 * both, after one uncounted warm-up of each (JIT, caches, the pools' connections); the median of each side's
 * rounds, and every round's value.
 */
export async function alternate<K extends string>(
  sides: Record<K, () => Promise<number>>,
  rounds = ROUNDS,
): Promise<{ medians: Record<K, number>; rounds: Record<K, number[]> }> {
  const keys = Object.keys(sides) as K[];
  for (const key of keys) await sides[key]();
  const values = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) values[key].push(await sides[key]());
  }
  const medians = Object.fromEntries(keys.map((key) => [key, median(values[key])])) as Record<K, number>;
  return { medians, rounds: values };
}

const recorded: Result[] = [];

function machine(): Result['machine'] {
  const all = cpus();
  return {
    cpus: all.length,
    model: all[0]?.model.trim() ?? 'unknown',
    totalMemGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  };
}

const format = (value: number, unit: string) =>
  unit === 'KiB' ? `${value.toFixed(1)} KiB` : `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`;

/**
 * Records one figure for bench/results.json and returns its line:
 *   `PostgreSQL: <what> 812 req/s; baseline <baseline> 1650 req/s; ratio 0.49 (goal ≥ 0.6: NOT met)[; note]`
 */
export function figure(options: {
  name: string;
  database: string;
  what: string;
  figure: number;
  baselineWhat: string;
  baseline: number;
  unit: string;
  goal: Goal;
  /** Said after the verdict: the rounds, what the request ran, why something was skipped. */
  note?: string;
}): string {
  const ratio = options.figure / options.baseline;
  const [goal, met] =
    'atLeast' in options.goal
      ? [`≥ ${options.goal.atLeast}`, ratio >= options.goal.atLeast]
      : [`≤ ${options.goal.atMost}`, ratio <= options.goal.atMost];
  recorded.push({
    name: options.name,
    database: options.database,
    figure: Math.round(options.figure * 10) / 10,
    unit: options.unit,
    baseline: Math.round(options.baseline * 10) / 10,
    ratio: Math.round(ratio * 1000) / 1000,
    goal,
    met,
    measuredAt: new Date().toISOString(),
    machine: machine(),
  });
  const prefix = options.database === 'none' ? '' : `${options.database}: `;
  return (
    `${prefix}${options.what} ${format(options.figure, options.unit)}; ` +
    `${options.baselineWhat} ${format(options.baseline, options.unit)}; ` +
    `ratio ${ratio.toFixed(2)} (goal ${goal}: ${met ? 'met' : 'NOT met'})` +
    (options.note ? `; ${options.note}` : '')
  );
}

/** What the rounds were, for a line's note: `median of 3 alternating rounds (812/790/830 vs 1650/1602/1700)`. */
export function roundsNote(figures: number[], baselines: number[]): string {
  const list = (values: number[]) => values.map((value) => value.toFixed(value >= 100 ? 0 : 1)).join('/');
  return figures.length === 1
    ? `1 round only`
    : `median of ${figures.length} alternating rounds (${list(figures)} vs ${list(baselines)})`;
}

/**
 * Writes the figures recorded so far into bench/results.json: a figure replaces the last one of the same name and
 * database, every other stays.
 */
export function saveResults(file = RESULTS_FILE) {
  if (recorded.length === 0) return;
  const previous: Result[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Result[]) : [];
  const key = (result: Result) => `${result.name}\u0000${result.database}`;
  const fresh = new Map(recorded.map((result) => [key(result), result]));
  const merged = [...previous.filter((result) => !fresh.has(key(result))), ...fresh.values()];
  merged.sort((a, b) => a.name.localeCompare(b.name) || a.database.localeCompare(b.database));
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  recorded.length = 0;
  if (file === RESULTS_FILE) writeReadmeTable(merged);
}

/** The last results as a markdown table, one row per figure. */
export function resultsTable(results: readonly Result[]): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['figure', 'database', 'value', 'baseline', 'ratio', 'goal', 'met', 'measured', 'machine']),
    row(Array.from({ length: 9 }, () => '---')),
    ...results.map((result) =>
      row([
        `\`${result.name}\``,
        result.database,
        format(result.figure, result.unit),
        format(result.baseline, result.unit),
        result.ratio.toFixed(2),
        result.goal,
        result.met ? 'met' : '**NOT met**',
        result.measuredAt.slice(0, 10),
        `${result.machine.cpus} × ${result.machine.model}, ${result.machine.totalMemGiB} GiB`,
      ]),
    ),
  ].join('\n');
}

/** Replaces the README's table of last results (between its marker lines) with these. */
function writeReadmeTable(results: readonly Result[], file = README_FILE) {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return;
  writeFileSync(file, `${readme.slice(0, start + TABLE_START.length)}\n${resultsTable(results)}\n${readme.slice(end)}`);
}
