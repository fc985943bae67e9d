import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mount } from '@vue/test-utils';
import { usePrimeVue } from 'primevue/config';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, type App } from 'vue';
import english from '../i18n/en.json';
import { createAppI18n } from '../i18n/index.ts';
import dutch from '../i18n/nl.json';
import { installPrimeVue } from './primevue.ts';

const SOURCE = path.resolve(import.meta.dirname, '..');

/**
 * The packages a module and everything it imports statically (not through `import()`) import, by module. Imports of
 * types only are left out: they are gone from the build.
 */
function staticImports(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
      (match) => match[1] ?? '',
    );
    found.set(
      file,
      specifiers.filter((specifier) => !specifier.startsWith('.')),
    );
    for (const specifier of specifiers.filter((s) => s.startsWith('.') && /\.(ts|vue)$/.test(s))) {
      visit(path.resolve(path.dirname(file), specifier));
    }
  };
  visit(path.join(SOURCE, entry));
  return found;
}

/** The modules among `entries`' static imports that import PrimeVue, relative to src/. */
function primeVueImporters(entries: string[]): string[] {
  const modules = entries.flatMap((entry) => [...staticImports(entry).entries()]);
  expect(modules.length).toBeGreaterThan(20);
  return modules
    .filter(([, packages]) => packages.some((name) => /^(primevue|@primevue|@primeuix)\b/.test(name)))
    .map(([file]) => path.relative(SOURCE, file));
}

describe('PrimeVue', () => {
  it('is not in what the login and signup pages load', () => {
    expect(primeVueImporters(['main.ts', 'views/auth/LoginView.vue', 'views/auth/SignupView.vue'])).toEqual([]);
  });

  it("is not in what the layout and the admin's first screen load", () => {
    expect(
      primeVueImporters(['main.ts', 'components/layout/AppLayout.vue', 'views/dashboard/DashboardView.vue']),
    ).toEqual([]);
    // The screen that does use it, to show the search finds an import of PrimeVue where there is one.
    expect(primeVueImporters(['views/training/TrainingCalendarView.vue'])).not.toEqual([]);
  });

  it('is installed in the language the user chose', async () => {
    const i18n = createAppI18n('en');
    let primevue: ReturnType<typeof usePrimeVue> | undefined;
    const Probe = defineComponent({
      setup() {
        primevue = usePrimeVue();
        return () => h('div');
      },
    });
    mount(Probe, { global: { plugins: [i18n, { install: (app: App) => installPrimeVue(app, i18n.global) }] } });
    expect(primevue?.config.locale?.accept).toBe(english.primevue.accept);

    i18n.global.locale.value = 'nl';
    await nextTick();
    expect(primevue?.config.locale?.accept).toBe(dutch.primevue.accept);
    expect(dutch.primevue.accept).not.toBe(english.primevue.accept);
  });
});
