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
  const items = () => [...document.querySelectorAll<HTMLButtonElement>('#user-menu-popup [role="menuitem"]')];
  const popup = () => document.getElementById('user-menu-popup')!.parentElement!;
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
    expect(items().map((item) => [item.textContent?.trim(), item.dataset.testid])).toEqual([
      ['Profiel', 'user-menu-profile'],
      ['Uitloggen', 'user-menu-logout'],
    ]);
    expect(document.activeElement).toBe(items()[0]);

    await items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items()[1]);
    await items()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(items()[0]);
    await items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(items()[1]);
  });

  it('says who is signed in, on the button and above the items', async () => {
    const { button, popup } = await mountMenu();
    const menu = document.getElementById('user-menu-popup')!;
    expect(button.attributes('aria-controls')).toBe('user-menu-popup');
    expect(button.attributes('aria-haspopup')).toBe('menu');
    expect(menu.getAttribute('role')).toBe('menu');
    expect(menu.getAttribute('aria-label')).toBe('Anna de Vries');
    expect(button.find('.user-menu__avatar').text()).toBe('AD');
    expect(button.find('.user-menu__name').text()).toBe('Anna de Vries');
    expect(button.find('.user-menu__role').text()).toBe('Beheerder');
    const header = [...popup().querySelectorAll('.user-menu__header > *')].map((line) => line.textContent);
    expect(header).toEqual(['Ingelogd als', 'Anna de Vries', 'admin@horizon.nl', 'Beheerder']);
  });

  it('goes to the profile page', async () => {
    const { button, items, router } = await mountMenu();
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);
    await button.trigger('click');
    await nextTick();
    items()[0]!.click();
    await nextTick();
    expect(push).toHaveBeenCalledExactlyOnceWith({ name: 'profile' });
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button.element);
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
