import { afterEach, describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, rememberedLocale } from '../../i18n/index.ts';
import { mountInApp } from '../../test/app.ts';
import LocaleSwitch from './LocaleSwitch.vue';

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('LocaleSwitch', () => {
  it('switches to English and remembers the choice on this device', async () => {
    const { wrapper, i18n } = await mountInApp(LocaleSwitch, { path: '/login' });
    expect(wrapper.find('[data-testid="locale-nl"]').attributes('aria-pressed')).toBe('true');

    await wrapper.find('[data-testid="locale-en"]').trigger('click');

    expect(i18n.global.locale.value).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(rememberedLocale()).toBe('en');
    expect(wrapper.find('[data-testid="locale-en"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe('Language');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(rememberedLocale()).toBeNull();
  });
});
