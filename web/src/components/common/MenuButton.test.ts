import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import MenuButton, { type MenuButtonItem } from './MenuButton.vue';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function mountButton(props: Partial<InstanceType<typeof MenuButton>['$props']> = {}) {
  const runs = { edit: vi.fn(), copy: vi.fn(), remove: vi.fn() };
  const items: MenuButtonItem[] = [
    { key: 'edit', label: 'Wijzigen', icon: 'pi pi-pencil', run: runs.edit },
    { key: 'copy', label: 'Kopiëren', run: runs.copy },
    { key: 'remove', label: 'Verwijderen', run: runs.remove },
  ];
  const outside = document.createElement('button');
  outside.textContent = 'Elders';
  document.body.append(outside);
  const wrapper = mount(MenuButton, {
    attachTo: document.body,
    props: {
      items,
      menuId: 'test-menu',
      menuLabel: 'Acties voor Anna',
      triggerTestid: 'test-trigger',
      popupTestid: 'test-popup',
      itemTestidPrefix: 'test-item-',
      ...props,
    },
    slots: {
      default: () => h('span', { class: 'trigger-content' }, 'Acties'),
      header: () => h('p', { class: 'popup-header' }, 'Ingelogd als Anna'),
    },
  });
  const trigger = wrapper.get<HTMLButtonElement>('[data-testid="test-trigger"]').element;
  const popup = () => document.querySelector<HTMLElement>('[data-testid="test-popup"]')!;
  const menuItems = () => [...document.querySelectorAll<HTMLButtonElement>('#test-menu [role="menuitem"]')];
  const isOpen = () => trigger.getAttribute('aria-expanded') === 'true' && popup().style.display !== 'none';
  return { wrapper, trigger, popup, menuItems, isOpen, runs, outside };
}

async function press(target: Element, key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  await flushPromises();
  return event;
}

async function click(target: HTMLElement): Promise<void> {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
  target.click();
  await flushPromises();
}

describe('MenuButton', () => {
  it('is a closed menu button that controls a labelled menu of menuitems, rendered in the body', () => {
    const { trigger, popup, menuItems, isOpen } = mountButton();

    expect(trigger.tagName).toBe('BUTTON');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-controls')).toBe('test-menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.querySelector('.trigger-content')?.textContent).toBe('Acties');
    expect(isOpen()).toBe(false);
    expect(popup().style.display).toBe('none');

    const menu = document.getElementById('test-menu')!;
    expect(menu.getAttribute('role')).toBe('menu');
    expect(menu.getAttribute('aria-label')).toBe('Acties voor Anna');
    expect(popup().parentElement).toBe(document.body);
    expect(trigger.parentElement).not.toBe(document.body);
    expect(trigger.parentElement!.contains(popup())).toBe(false);
    expect(popup().querySelector('.popup-header')?.textContent).toBe('Ingelogd als Anna');
    expect(menuItems().map((item) => [item.tagName, item.textContent?.trim(), item.dataset.testid])).toEqual([
      ['BUTTON', 'Wijzigen', 'test-item-edit'],
      ['BUTTON', 'Kopiëren', 'test-item-copy'],
      ['BUTTON', 'Verwijderen', 'test-item-remove'],
    ]);
    expect(menuItems().every((item) => item.tabIndex === -1)).toBe(true);
  });

  it('opens on a click with the focus on the first item, and closes on a second click', async () => {
    const { trigger, menuItems, isOpen } = mountButton();

    await click(trigger);
    expect(isOpen()).toBe(true);
    expect(document.activeElement).toBe(menuItems()[0]);

    await click(trigger);
    expect(isOpen()).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on ArrowDown with the focus on the first item and on ArrowUp on the last', async () => {
    const { trigger, menuItems, isOpen } = mountButton();

    const down = await press(trigger, 'ArrowDown');
    expect(down.defaultPrevented).toBe(true);
    expect(isOpen()).toBe(true);
    expect(document.activeElement).toBe(menuItems()[0]);

    await press(menuItems()[0]!, 'Escape');
    expect(isOpen()).toBe(false);

    await press(trigger, 'ArrowUp');
    expect(isOpen()).toBe(true);
    expect(document.activeElement).toBe(menuItems()[2]);
  });

  it('moves through the items with the arrow keys, wrapping at both ends, and with Home and End', async () => {
    const { trigger, menuItems } = mountButton();
    await press(trigger, 'ArrowDown');
    const [first, second, last] = menuItems();

    await press(first!, 'ArrowDown');
    expect(document.activeElement).toBe(second);
    await press(second!, 'ArrowDown');
    expect(document.activeElement).toBe(last);
    await press(last!, 'ArrowDown');
    expect(document.activeElement).toBe(first);
    await press(first!, 'ArrowUp');
    expect(document.activeElement).toBe(last);
    await press(last!, 'ArrowUp');
    expect(document.activeElement).toBe(second);
    await press(second!, 'Home');
    expect(document.activeElement).toBe(first);
    await press(first!, 'End');
    expect(document.activeElement).toBe(last);
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const { trigger, menuItems, isOpen } = mountButton();
    await press(trigger, 'ArrowUp');
    expect(document.activeElement).toBe(menuItems()[2]);

    const escape = await press(menuItems()[2]!, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(isOpen()).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
  });

  it('runs the chosen item once, after closing, and gives the focus back to its button', async () => {
    const { trigger, menuItems, isOpen, runs } = mountButton();
    await click(trigger);

    await click(menuItems()[1]!);
    expect(runs.copy).toHaveBeenCalledOnce();
    expect(runs.edit).not.toHaveBeenCalled();
    expect(runs.remove).not.toHaveBeenCalled();
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(trigger);
  });

  it('closes on a pointerdown outside the button and the menu, not on one inside the menu', async () => {
    const { trigger, popup, isOpen, outside } = mountButton();
    await click(trigger);

    popup()
      .querySelector('.popup-header')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await flushPromises();
    expect(isOpen()).toBe(true);

    outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await flushPromises();
    expect(isOpen()).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Tab with the focus back on its button, and when the focus goes elsewhere', async () => {
    const { trigger, menuItems, isOpen, outside } = mountButton();
    await press(trigger, 'ArrowDown');

    const tab = await press(menuItems()[0]!, 'Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(trigger);

    await press(trigger, 'ArrowDown');
    menuItems()[1]!.focus();
    await flushPromises();
    expect(isOpen()).toBe(true);
    outside.focus();
    await flushPromises();
    expect(isOpen()).toBe(false);
  });

  it('stays open while a pointer is down on it, though the focus goes to the body for a moment (Safari)', async () => {
    const { trigger, menuItems, isOpen, runs } = mountButton();
    await click(trigger);

    const item = menuItems()[2]!;
    item.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    item.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    await flushPromises();
    expect(isOpen()).toBe(true);
    item.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    item.click();
    await flushPromises();
    expect(runs.remove).toHaveBeenCalledOnce();

    await click(trigger);
    menuItems()[0]!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    await flushPromises();
    expect(isOpen()).toBe(false);
  });

  it('closes when the page or a parent of its button scrolls, or the window is resized, but not when the menu scrolls', async () => {
    const column = document.createElement('div');
    document.body.append(column);
    const { trigger, popup, isOpen, outside } = mountButton();
    column.append(trigger);
    await click(trigger);

    popup().dispatchEvent(new Event('scroll'));
    outside.dispatchEvent(new Event('scroll'));
    await flushPromises();
    expect(isOpen()).toBe(true);

    column.dispatchEvent(new Event('scroll'));
    await flushPromises();
    expect(isOpen()).toBe(false);

    await click(trigger);
    document.dispatchEvent(new Event('scroll'));
    await flushPromises();
    expect(isOpen()).toBe(false);

    await click(trigger);
    window.dispatchEvent(new Event('resize'));
    await flushPromises();
    expect(isOpen()).toBe(false);
  });

  it('removes its listeners when it closes and when it is unmounted', async () => {
    const added = vi.spyOn(document, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    const { wrapper, trigger, outside } = mountButton();

    await click(trigger);
    const listener = added.mock.calls.find(([type]) => type === 'pointerdown')?.[1];
    expect(listener).toBeTypeOf('function');
    await press(document.activeElement!, 'Escape');
    expect(removed).toHaveBeenCalledWith('pointerdown', listener, true);

    await click(trigger);
    removed.mockClear();
    wrapper.unmount();
    expect(removed).toHaveBeenCalledWith('pointerdown', listener, true);
    expect(() => outside.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))).not.toThrow();
  });

  it('does not open while disabled', async () => {
    const { trigger, isOpen } = mountButton({ disabled: true });
    expect(trigger.disabled).toBe(true);

    await press(trigger, 'ArrowDown');
    expect(isOpen()).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  describe('placement', () => {
    function layout(
      trigger: HTMLElement,
      popup: HTMLElement,
      rect: Partial<DOMRect>,
      size = { width: 200, height: 150 },
    ) {
      vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(400);
      vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(600);
      vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(400);
      vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(600);
      const full = { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, ...rect };
      vi.spyOn(trigger, 'getBoundingClientRect').mockReturnValue({ ...full, toJSON: () => full } as DOMRect);
      Object.defineProperty(popup, 'offsetWidth', { configurable: true, get: () => size.width });
      Object.defineProperty(popup, 'offsetHeight', { configurable: true, get: () => size.height });
      Object.defineProperty(popup, 'clientHeight', { configurable: true, get: () => size.height - 2 });
      Object.defineProperty(popup, 'scrollHeight', { configurable: true, get: () => size.height - 2 });
    }

    it('lines up with the left edge of its button, below it', async () => {
      const { trigger, popup } = mountButton();
      layout(trigger, popup(), { top: 100, bottom: 132, left: 50, right: 150 });
      await click(trigger);
      expect(popup().style.top).toBe('136px');
      expect(popup().style.left).toBe('50px');
      expect(popup().style.maxHeight).toBe('');
    });

    it('lines up with the right edge of its button when aligned to the end', async () => {
      const { trigger, popup } = mountButton({ align: 'end' });
      layout(trigger, popup(), { top: 10, bottom: 50, left: 200, right: 380 });
      await click(trigger);
      expect(popup().style.top).toBe('54px');
      expect(popup().style.left).toBe('180px');
    });

    it('goes above its button when there is no room below', async () => {
      const { trigger, popup } = mountButton();
      layout(trigger, popup(), { top: 500, bottom: 532, left: 50, right: 150 });
      await click(trigger);
      expect(popup().style.top).toBe(`${500 - 4 - 150}px`);
    });

    it('stays inside the viewport horizontally', async () => {
      const { trigger, popup } = mountButton();
      layout(trigger, popup(), { top: 100, bottom: 132, left: 350, right: 398 });
      await click(trigger);
      expect(popup().style.left).toBe(`${400 - 200 - 8}px`);

      await click(trigger);
      layout(trigger, popup(), { top: 100, bottom: 132, left: -40, right: 10 });
      await click(trigger);
      expect(popup().style.left).toBe('8px');
    });

    it('scrolls on the side with the most room when it fits on neither', async () => {
      const { trigger, popup } = mountButton();
      layout(trigger, popup(), { top: 200, bottom: 232, left: 50, right: 150 }, { width: 200, height: 900 });
      await click(trigger);
      expect(popup().style.top).toBe('236px');
      expect(popup().style.maxHeight).toBe(`${600 - 232 - 4 - 8}px`);
    });
  });
});
