import type { Locale } from '@ambassador/shared';
import type dutchAreas from './locales/nl-areas.ts';
import dutchCore from './locales/nl.ts';

/**
 * Messages come in two parts per language: `core` (the login and signup pages, errors, shared words) and `areas` (the
 * screens behind the login). Only Dutch core, the default, travels in the first bundle; every other part is a chunk
 * of its own, fetched by the first screen that needs it.
 */
export type MessagePart = 'core' | 'areas';
export type MessageSchema = ReturnType<typeof dutchCore> & ReturnType<typeof dutchAreas>;
export type PartialMessages = Partial<MessageSchema>;

const loaders: Record<Locale, Record<MessagePart, () => Promise<PartialMessages>>> = {
  nl: {
    core: () => Promise.resolve(dutchCore()),
    areas: () => import('./locales/nl-areas.ts').then((module) => module.default()),
  },
  en: {
    core: () => import('./locales/en.ts').then((module) => module.default()),
    areas: () => import('./locales/en-areas.ts').then((module) => module.default()),
  },
};

const loaded = new Map<string, PartialMessages>([['nl:core', dutchCore()]]);
const loading = new Map<string, Promise<PartialMessages>>();

/** A part already in memory, or undefined. */
export function loadedPart(locale: Locale, part: MessagePart): PartialMessages | undefined {
  return loaded.get(`${locale}:${part}`);
}

/** A part of a language's messages, fetched once (callers at the same time share the request). */
export function loadPart(locale: Locale, part: MessagePart): Promise<PartialMessages> {
  const key = `${locale}:${part}`;
  const done = loaded.get(key);
  if (done) return Promise.resolve(done);
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[locale][part]()
      .then((messages) => {
        loaded.set(key, messages);
        return messages;
      })
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** Every part of a language that is in memory, merged. */
export function loadedMessages(locale: Locale): PartialMessages | undefined {
  const core = loadedPart(locale, 'core');
  return core && { ...core, ...loadedPart(locale, 'areas') };
}

/** Forgets every fetched part but Dutch core: the state of a fresh page, for tests. */
export function forgetLoadedParts(): void {
  for (const key of loaded.keys()) if (key !== 'nl:core') loaded.delete(key);
}

// Under vitest every part of every language is in memory before any test runs, so a component test can switch
// language in one step. The condition is fixed at build time: the production bundle has neither this branch nor its
// wait.
if (import.meta.env.MODE === 'test') {
  const all = Object.entries(loaders).flatMap(([locale, parts]) =>
    Object.keys(parts).map((part) => loadPart(locale as Locale, part as MessagePart)),
  );
  await Promise.all(all);
}
