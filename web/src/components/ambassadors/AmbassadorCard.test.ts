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

function menuLabels(id: string): string[] {
  return [...document.querySelectorAll(`#move-menu-${id} [role="menuitem"]`)].map((el) => el.textContent!.trim());
}

describe('AmbassadorCard', () => {
  it('offers only the statuses the ambassador may move to in its keyboard menu', async () => {
    const { wrapper, item } = await mountCard({ status: 'candidate' });

    const button = wrapper.find(`[data-testid="ambassador-move-${item.id}"]`);
    expect(button.attributes('aria-label')).toBe('Verplaatsen naar… (Bram Jansen 1)');
    await button.trigger('click');
    await flushPromises();

    expect(menuLabels(item.id)).toEqual(['Uitgenodigd', 'Onboarding', 'Afgewezen']);
  });

  it('moves the card to the status chosen in the menu', async () => {
    const { wrapper, item } = await mountCard({ status: 'paused', allowedTransitions: ['active', 'alumni'] });

    await wrapper.find(`[data-testid="ambassador-move-${item.id}"]`).trigger('click');
    const alumni = [...document.querySelectorAll<HTMLElement>(`#move-menu-${item.id} .p-menu-item-content`)].find(
      (el) => el.textContent!.trim() === 'Alumni',
    )!;
    alumni.click();

    expect(wrapper.emitted('move')).toEqual([['alumni']]);
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
