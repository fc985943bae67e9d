import type { Locale } from '@ambassador/shared';
import { Locales } from '@ambassador/shared/constants';
import { createI18n } from 'vue-i18n';
import { en, nl } from './messages.ts';

export type MessageSchema = typeof nl;

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

export function createAppI18n(locale: Locale = rememberedLocale() ?? DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { nl, en },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}
