import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import * as authApi from '../../api/auth.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import UserMenu from './UserMenu.vue';

vi.mock('../../api/auth.ts');

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountMenu() {
  const mounted = await mountInApp(UserMenu, { me: meFor('admin'), path: '/' });
  const button = mounted.wrapper.get<HTMLButtonElement>('[data-testid="user-menu-button"]');
  const items = () => mounted.wrapper.findAll<HTMLButtonElement>('[role="menuitem"]').map((item) => item.element);
  const popup = () => mounted.wrapper.get<HTMLElement>('.user-menu__popup').element;
  return { ...mounted, button, items, popup };
}

describe('UserMenu', () => {
  it('opens from its button with the focus on the first item, and the arrow keys move through the items', async () => {
    const { button, items, popup } = await mountMenu();
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(popup().style.display).toBe('none');

    await button.trigger('click');
    await nextTick();
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(popup().style.display).toBe('');
    expect(items().map((item) => item.textContent?.trim())).toEqual(['Profiel', 'Uitloggen']);
    expect(document.activeElement).toBe(items()[0]);

    await items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items()[1]);
    await items()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items()[0]);
    await items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(items()[1]);
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const { button, items } = await mountMenu();
    await button.trigger('keydown', { key: 'ArrowUp' });
    await nextTick();
    expect(document.activeElement).toBe(items()[1]);

    items()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await nextTick();
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button.element);
  });

  it('logs out and goes to the login page', async () => {
    vi.mocked(authApi.logout).mockResolvedValue(undefined);
    const { button, items, router, auth } = await mountMenu();
    await button.trigger('click');
    await nextTick();
    items()[1]!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(authApi.logout).toHaveBeenCalledOnce();
    expect(auth.user).toBeNull();
  });
});
