import { describe, expect, it, vi } from 'vitest';
import { createAppI18n, switchLocale, type MessageSchema } from './index.ts';

/** The i18n modules as a fresh page gets them: only Dutch core in memory (under vitest everything is preloaded). */
async function freshPage() {
  vi.resetModules();
  const messages = await import('./messages.ts');
  messages.forgetLoadedParts();
  const index = await import('./index.ts');
  return { messages, index };
}

const messagesOf = (composer: { getLocaleMessage: (locale: string) => unknown }, locale: string) =>
  composer.getLocaleMessage(locale) as Partial<MessageSchema>;

describe('lazy locale loading', () => {
  it('starts with Dutch core only and fetches the rest the first time it is asked for', async () => {
    const { messages } = await freshPage();
    expect(messages.loadedPart('nl', 'core')?.app?.loading).toBe('Laden…');
    expect(messages.loadedPart('nl', 'areas')).toBeUndefined();
    expect(messages.loadedPart('en', 'core')).toBeUndefined();

    const english = await messages.loadPart('en', 'core');

    expect(english.app?.loading).toBe('Loading…');
    expect(messages.loadedPart('en', 'core')).toBe(english);
    expect(await messages.loadPart('en', 'core')).toBe(english);
  });

  it('switches language only once its messages are in, so no screen shows message keys', async () => {
    const { index } = await freshPage();
    const composer = index.createAppI18n('nl').global;
    expect(composer.availableLocales).toEqual(['nl']);

    const switching = index.switchLocale(composer, 'en');
    expect(composer.locale.value).toBe('nl');
    await switching;

    expect(composer.locale.value).toBe('en');
    expect(composer.t('app.loading')).toBe('Loading…');
  });

  it('lets a later choice win over a language still on its way', async () => {
    const { index } = await freshPage();
    const composer = index.createAppI18n('nl').global;

    const toEnglish = index.switchLocale(composer, 'en');
    await index.switchLocale(composer, 'nl');
    await toEnglish;

    expect(composer.locale.value).toBe('nl');
  });

  it('starts in a language that is not in memory as Dutch rather than as message keys', async () => {
    const { index } = await freshPage();
    const composer = index.createAppI18n('en').global;
    expect(composer.locale.value).toBe('nl');
    expect(composer.t('app.loading')).toBe('Laden…');
  });

  it('adds the messages of the screens behind the login when the first of them opens, and keeps them on a switch', async () => {
    const { index } = await freshPage();
    const composer = index.createAppI18n('nl').global;
    expect(messagesOf(composer, 'nl').rounds).toBeUndefined();

    await index.loadAreaMessages(composer);
    expect(messagesOf(composer, 'nl').rounds).toBeDefined();
    expect(messagesOf(composer, 'nl').app?.loading).toBe('Laden…');

    await index.switchLocale(composer, 'en');
    expect(composer.locale.value).toBe('en');
    expect(messagesOf(composer, 'en').rounds).toBeDefined();
    expect(messagesOf(composer, 'en').app?.loading).toBe('Loading…');
  });

  it('switches at once when the language is already in memory', () => {
    const composer = createAppI18n('nl').global;
    void switchLocale(composer, 'en');
    expect(composer.locale.value).toBe('en');
    expect(messagesOf(composer, 'en').app?.loading).toBe('Loading…');
  });
});
