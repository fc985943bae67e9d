import { createI18n } from 'vue-i18n';
import { describe, expect, it } from 'vitest';
import { compileMessage } from './compileMessage.ts';
import { flattenKeys } from './keys.ts';
import englishAreas from './locales/en-areas.ts';
import english from './locales/en.ts';
import dutchAreas from './locales/nl-areas.ts';
import dutch from './locales/nl.ts';

const messages = { nl: { ...dutch(), ...dutchAreas() }, en: { ...english(), ...englishAreas() } };

function translator(locale: 'nl' | 'en', withOwnCompiler: boolean) {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: messages as unknown as Record<string, Record<string, string>>,
    missingWarn: false,
    fallbackWarn: false,
    ...(withOwnCompiler ? { messageCompiler: compileMessage } : {}),
  });
  return i18n.global.t as (key: string, named: Record<string, unknown>, plural: number) => string;
}

function messageAt(locale: 'nl' | 'en', key: string): string {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale]) as string;
}

function ownCompilerOn(text: string, named: Record<string, unknown> = {}, plural = 1): string {
  const i18n = createI18n({
    legacy: false,
    locale: 'nl',
    messages: { nl: { m: text } },
    messageCompiler: compileMessage,
  });
  return (i18n.global.t as (key: string, named: Record<string, unknown>, plural: number) => string)('m', named, plural);
}

describe('compileMessage', () => {
  it('fills named and numbered placeholders', () => {
    expect(ownCompilerOn('{name} gaf {count} trainingen', { name: 'Anna', count: 3 })).toBe('Anna gaf 3 trainingen');
    expect(ownCompilerOn('Pagina { page }', { page: 2 })).toBe('Pagina 2');
  });

  it('chooses the plural form by the count, two or three forms', () => {
    expect(ownCompilerOn('{n} medewerker | {n} medewerkers', {}, 1)).toBe('1 medewerker');
    expect(ownCompilerOn('{n} medewerker | {n} medewerkers', {}, 4)).toBe('4 medewerkers');
    expect(ownCompilerOn('geen | één | {n} stuks', {}, 0)).toBe('geen');
    expect(ownCompilerOn('geen | één | {n} stuks', {}, 1)).toBe('één');
    expect(ownCompilerOn('geen | één | {n} stuks', {}, 9)).toBe('9 stuks');
  });

  it('keeps text without placeholders as it is, spaces included', () => {
    expect(ownCompilerOn('  Opslaan ')).toBe('  Opslaan ');
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`renders every ${locale} message as vue-i18n's own compiler does`, () => {
      const own = translator(locale, true);
      const reference = translator(locale, false);
      const keys = flattenKeys(messages[locale] as never);
      expect(keys.length).toBeGreaterThan(1000);
      const differences: string[] = [];
      for (const key of keys) {
        const names = [...messageAt(locale, key).matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((match) => match[1]!);
        const named = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
        for (const count of [0, 1, 2, 7]) {
          // Each call gets its own copy: vue-i18n writes the count into the named values it is given.
          const [mine, theirs] = [own(key, { ...named }, count), reference(key, { ...named }, count)];
          if (mine !== theirs)
            differences.push(`${key} (${count}): ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`);
        }
      }
      expect(differences).toEqual([]);
    });
  }
});
