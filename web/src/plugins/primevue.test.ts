import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mount } from '@vue/test-utils';
import { usePrimeVue } from 'primevue/config';
import { useConfirm } from 'primevue/useconfirm';
import { useToast } from 'primevue/usetoast';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, type App } from 'vue';
import english from '../i18n/en.json';
import { createAppI18n } from '../i18n/index.ts';
import dutch from '../i18n/nl.json';
import { installPrimeVue } from './primevue.ts';

const SOURCE = path.resolve(import.meta.dirname, '..');

/** The packages a module and everything it imports statically (not through `import()`) import, by module. */
function staticImports(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*import\s+(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
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

describe('PrimeVue', () => {
  it('is not in what the login and signup pages load', () => {
    const firstLoad = ['main.ts', 'views/auth/LoginView.vue', 'views/auth/SignupView.vue'].flatMap((entry) => [
      ...staticImports(entry).entries(),
    ]);
    expect(firstLoad.length).toBeGreaterThan(20);
    const prime = firstLoad.filter(([, packages]) =>
      packages.some((name) => /^(primevue|@primevue|@primeuix)\b/.test(name)),
    );
    expect(prime.map(([file]) => path.relative(SOURCE, file))).toEqual([]);
  });

  it('is installed with its toasts and confirmations, in the language the user chose', async () => {
    const i18n = createAppI18n('en');
    let primevue: ReturnType<typeof usePrimeVue> | undefined;
    const Probe = defineComponent({
      setup() {
        useToast();
        useConfirm();
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
