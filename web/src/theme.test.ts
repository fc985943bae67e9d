import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AmbassadorPreset } from './theme.ts';

const SOURCE = path.dirname(new URL(import.meta.url).pathname);

/** PrimeVue modules that are not styled components: services, composables, types, and parts styled by their parent. */
const UNSTYLED = new Set(['config', 'inputicon']);
/** Styled parts of the components that use them: a select button is made of toggle buttons. */
const PARTS: Record<string, string> = { togglebutton: 'selectbutton' };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the theme', () => {
  const used = new Set(
    sourceFiles(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from 'primevue\/([a-z]+)'/g)].map((match) => match[1] ?? ''),
    ),
  );
  const styled = Object.keys(AmbassadorPreset.components ?? {});

  it('styles every PrimeVue component the app imports', () => {
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !UNSTYLED.has(name) && !styled.includes(name))).toEqual([]);
  });

  it('styles no component the app does not use, keeping the parts the used ones are built of', () => {
    expect(styled.filter((name) => !used.has(name) && !used.has(PARTS[name] ?? ''))).toEqual([]);
    expect(styled).toContain('togglebutton');
  });
});
