import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AmbassadorPreset } from './theme.ts';
import { WorkspaceComponents } from './workspaceTheme.ts';

const SOURCE = path.dirname(new URL(import.meta.url).pathname);

/** PrimeVue modules that are not styled components: services, composables, types, and parts styled by their parent. */
const UNSTYLED = new Set([
  'config',
  'toastservice',
  'confirmationservice',
  'usetoast',
  'useconfirm',
  'menuitem',
  'column',
  'inputicon',
]);

/** The PrimeVue components a source file imports, by module name. */
function primeVueImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from 'primevue\/([a-z]+)'/g)].map((match) => match[1] ?? '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the theme', () => {
  it('styles every PrimeVue component the app imports', () => {
    const used = new Set(sourceFiles(SOURCE).flatMap(primeVueImports));
    const styled = [...Object.keys(AmbassadorPreset.components ?? {}), ...Object.keys(WorkspaceComponents ?? {})];
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !UNSTYLED.has(name) && !styled.includes(name))).toEqual([]);
  });

  it('styles the components of the pages before the login without the part loaded behind it', () => {
    const beforeLogin = [
      'App.vue',
      'views/auth/LoginView.vue',
      'views/auth/SignupView.vue',
      'components/auth/AuthLayout.vue',
      'components/common/TextField.vue',
      'components/common/PasswordInput.vue',
      'components/layout/LocaleSwitch.vue',
    ].flatMap((file) => primeVueImports(path.join(SOURCE, file)));
    const styled = Object.keys(AmbassadorPreset.components ?? {});
    expect(beforeLogin).toEqual(expect.arrayContaining(['button', 'inputtext', 'message', 'progressspinner']));
    expect(beforeLogin.filter((name) => !styled.includes(name))).toEqual([]);
  });

  it('keeps the parts the used components are built of', () => {
    const styled = Object.keys(WorkspaceComponents ?? {});
    // A data table's paginator, a tree select's tree, a select's virtual scroller, a multiselect's chips.
    expect(styled).toEqual(expect.arrayContaining(['paginator', 'tree', 'virtualscroller', 'chip', 'togglebutton']));
  });
});
