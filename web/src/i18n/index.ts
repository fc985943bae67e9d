import type { Locale } from '@ambassador/shared';
import { Locales } from '@ambassador/shared/constants';
import { createI18n, type Composer } from 'vue-i18n';
import { compileMessage } from './compileMessage.ts';
import { loadedMessages, loadedPart, loadPart, type MessagePart, type MessageSchema } from './messages.ts';

export type { MessageSchema } from './messages.ts';

export const LOCALE_STORAGE_KEY = 'ambassador.locale';
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (Locales as readonly string[]).includes(value);
}

/** The language the user picked on this device, if any; it wins over the organisation's default. */
export function rememberedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, strict cookie settings); the default language then applies.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch still works for this one.
  }
}

/** BCP 47 tag for Intl formatting: Dutch users expect nl-NL, English users in the Netherlands en-GB. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** The language to start in: the one chosen on this device, else Dutch. */
export function initialLocale(): Locale {
  return rememberedLocale() ?? DEFAULT_LOCALE;
}

/** Fetches the messages a language needs at start (its core part); see createAppI18n. */
export function loadLocale(locale: Locale): Promise<unknown> {
  return loadPart(locale, 'core');
}

/**
 * The app's i18n with the messages already in memory. Start-up loads the initial language first
 * (`loadLocale(initialLocale())`); a language whose messages are not in memory yet starts as Dutch.
 */
export function createAppI18n(locale: Locale = initialLocale()) {
  const messages = Object.fromEntries(
    Locales.flatMap((each) => {
      const loaded = loadedMessages(each);
      return loaded ? [[each, loaded]] : [];
    }),
  ) as Record<Locale, MessageSchema>;
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: messages[locale] ? locale : DEFAULT_LOCALE,
    // Dutch core is always in memory; the languages have the same keys (a test checks it), so this is a safety net.
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    // Our own compiler for the two pieces of message syntax the app uses; vue-i18n's general one is not bundled.
    messageCompiler: compileMessage,
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

/** The app's translations, as components and plugins get them (`useI18n()`, `i18n.global`). */
export type AppComposer = ReturnType<typeof createAppI18n>['global'];

type LocaleComposer = Pick<Composer, 'availableLocales' | 'mergeLocaleMessage' | 'getLocaleMessage'> & {
  locale: { value: string };
};

/** Set by the first screen behind the login: from then on a language switch brings the areas' messages too. */
let areasWanted = false;
let latestSwitch: Locale | null = null;

function hasPart(i18n: LocaleComposer, locale: Locale, part: MessagePart): boolean {
  const messages = loadedPart(locale, part);
  if (!messages || !i18n.availableLocales.includes(locale)) return false;
  const present = i18n.getLocaleMessage(locale) as Record<string, unknown>;
  return Object.keys(messages).every((key) => key in present);
}

/** Fetches (when needed) and adds the parts a language lacks. Synchronous when they are all present. */
async function addParts(i18n: LocaleComposer, locale: Locale, parts: MessagePart[]): Promise<void> {
  const missing = parts.filter((part) => !hasPart(i18n, locale, part));
  if (missing.length === 0) return;
  const fetched = await Promise.all(missing.map((part) => loadPart(locale, part)));
  for (const messages of fetched) i18n.mergeLocaleMessage(locale, messages);
}

/**
 * Switches the app's language, fetching its messages first when they are not in memory yet, so no screen ever
 * shows message keys in between. When they are, the switch happens at once (no await).
 */
export async function switchLocale(i18n: LocaleComposer, next: Locale): Promise<void> {
  latestSwitch = next;
  // Twice at most: the first screen behind the login may start wanting the areas while the core is on its way.
  for (let round = 0; round < 2; round += 1) {
    const parts: MessagePart[] = areasWanted ? ['core', 'areas'] : ['core'];
    if (parts.every((part) => hasPart(i18n, next, part))) break;
    await addParts(i18n, next, parts);
    // A later switch (back to Dutch while English was on its way) wins.
    if (latestSwitch !== next) return;
  }
  i18n.locale.value = next;
}

/** The messages of the screens behind the login, in the current language; the router waits for them. */
export async function loadAreaMessages(i18n: LocaleComposer): Promise<void> {
  areasWanted = true;
  const locale = isLocale(i18n.locale.value) ? i18n.locale.value : DEFAULT_LOCALE;
  await addParts(i18n, locale, ['areas']);
}

/** Starts fetching the areas' messages of a language ahead of the guard that waits for them. */
export function prefetchAreaMessages(locale: Locale): void {
  loadPart(locale, 'areas').catch(() => undefined);
}
