import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import { ambassador, meFor } from '../../test/fixtures.ts';
import AmbassadorCard from './AmbassadorCard.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountCard(props: Parameters<typeof ambassador>[0] = {}) {
  const item = ambassador(props);
  const { wrapper } = await mountInApp(AmbassadorCard, {
    me: meFor('admin'),
    path: '/ambassadors',
    mount: { props: { ambassador: item, canEdit: true } },
  });
  return { wrapper, item };
}

function menuItems(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`#move-menu-${id} [role="menuitem"]`)];
}

function menuLabels(id: string): string[] {
  return menuItems(id).map((el) => el.textContent!.trim());
}

describe('AmbassadorCard', () => {
  it('offers only the statuses the ambassador may move to in its keyboard menu', async () => {
    const { wrapper, item } = await mountCard({ status: 'candidate' });

    const button = wrapper.find(`[data-testid="ambassador-move-${item.id}"]`);
    expect(button.element.tagName).toBe('BUTTON');
    expect(button.attributes('aria-label')).toBe('Verplaatsen naar… (Bram Jansen 1)');
    expect(button.text()).toBe('Verplaatsen…');
    expect(button.attributes('aria-haspopup')).toBe('menu');
    expect(button.attributes('aria-controls')).toBe(`move-menu-${item.id}`);
    expect(button.attributes('aria-expanded')).toBe('false');
    await button.trigger('click');
    await flushPromises();

    expect(button.attributes('aria-expanded')).toBe('true');
    const popup = document.querySelector<HTMLElement>(`[data-testid="ambassador-move-menu-${item.id}"]`)!;
    expect(popup.tagName).toBe('DIV');
    expect(popup.parentElement).toBe(document.body);
    expect(popup.querySelector('[role="menu"]')!.id).toBe(`move-menu-${item.id}`);
    expect(menuLabels(item.id)).toEqual(['Uitgenodigd', 'Onboarding', 'Afgewezen']);
    expect(document.activeElement).toBe(menuItems(item.id)[0]);
  });

  it('moves the card to the status chosen in the menu', async () => {
    const { wrapper, item } = await mountCard({ status: 'paused', allowedTransitions: ['active', 'alumni'] });

    const button = wrapper.find(`[data-testid="ambassador-move-${item.id}"]`);
    await button.trigger('click');
    await flushPromises();
    menuItems(item.id)
      .find((el) => el.textContent!.trim() === 'Alumni')!
      .click();
    await flushPromises();

    expect(wrapper.emitted('move')).toEqual([['alumni']]);
    expect(button.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button.element);
  });

  it('cannot open its menu while a move is pending', async () => {
    const item = ambassador({ status: 'candidate' });
    const { wrapper } = await mountInApp(AmbassadorCard, {
      me: meFor('admin'),
      path: '/ambassadors',
      mount: { props: { ambassador: item, canEdit: true, pending: true } },
    });

    const button = wrapper.find(`[data-testid="ambassador-move-${item.id}"]`);
    expect(button.attributes('disabled')).toBeDefined();
    await button.trigger('keydown', { key: 'ArrowDown' });
    await flushPromises();
    expect(button.attributes('aria-expanded')).toBe('false');
  });

  it('warns when the employee has left, and shows place and roles', async () => {
    const { wrapper } = await mountCard({ employeeLeft: true, roles: ['trainer', 'digital_buddy'] });

    expect(wrapper.find('[data-testid="ambassador-employee-left"]').text()).toBe('Uit dienst');
    expect(wrapper.text()).toContain('… / De Linde / Afdeling Beuk');
    expect(wrapper.text()).toContain('Zorg en behandeling');
    expect(wrapper.findAll('.role-chips__chip').map((chip) => chip.text())).toEqual(['Trainer', 'Digitale buddy']);
  });

  it('offers no move when nothing is possible from its status', async () => {
    const { wrapper, item } = await mountCard({ status: 'alumni', allowedTransitions: [] });

    expect(wrapper.find(`[data-testid="ambassador-move-${item.id}"]`).exists()).toBe(false);
    expect(wrapper.text()).toContain('Vanuit deze status is geen wijziging mogelijk.');
  });
});
