import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AmbassadorPreset } from './theme.ts';

const SOURCE = path.dirname(new URL(import.meta.url).pathname);

/** PrimeVue modules that are not styled components: services, composables, types, and parts styled by their parent. */
const UNSTYLED = new Set([
  'config',
  'toastservice',
  'confirmationservice',
  'usetoast',
  'useconfirm',
  'confirmationoptions',
  'menuitem',
  'column',
  'inputicon',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the theme', () => {
  it('styles every PrimeVue component the app imports', () => {
    const used = new Set(
      sourceFiles(SOURCE).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from 'primevue\/([a-z]+)'/g)].map((match) => match[1] ?? ''),
      ),
    );
    const styled = Object.keys(AmbassadorPreset.components ?? {});
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !UNSTYLED.has(name) && !styled.includes(name))).toEqual([]);
  });

  it('keeps the parts the used components are built of', () => {
    const styled = Object.keys(AmbassadorPreset.components ?? {});
    // A select's virtual scroller, a multiselect's chips, a select button's toggle buttons.
    expect(styled).toEqual(expect.arrayContaining(['virtualscroller', 'chip', 'togglebutton']));
  });
});
