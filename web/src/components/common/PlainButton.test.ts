import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import PlainButton from './PlainButton.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountButton(props: InstanceType<typeof PlainButton>['$props'], attrs: Record<string, string> = {}) {
  const { wrapper, router } = await mountInApp(PlainButton, { mount: { props, attrs } });
  return { wrapper, router };
}

describe('PlainButton', () => {
  it('is a button of type button with its label as its name and its icon hidden', async () => {
    const { wrapper } = await mountButton({ label: 'Opslaan', icon: 'pi pi-check' });

    const button = wrapper.find('button');
    expect(button.attributes('type')).toBe('button');
    expect(button.text()).toBe('Opslaan');
    expect(button.find('.pi-check').attributes('aria-hidden')).toBe('true');
    expect(button.classes()).not.toContain('plain-button--icon-only');
  });

  it('draws colour, look and size as classes', async () => {
    const { wrapper } = await mountButton({ label: 'Verwijderen', severity: 'danger', outlined: true, size: 'small' });

    expect(wrapper.classes()).toEqual(
      expect.arrayContaining(['plain-button--danger', 'plain-button--outlined', 'plain-button--small']),
    );
  });

  it('puts the icon after the label with icon-pos="right"', async () => {
    const { wrapper } = await mountButton({ label: 'Volgende', icon: 'pi pi-arrow-right', iconPos: 'right' });

    expect(wrapper.classes()).toContain('plain-button--icon-right');
    expect(wrapper.attributes('icon-pos')).toBeUndefined();
  });

  it('shows a spinner and refuses clicks while loading', async () => {
    const { wrapper } = await mountButton({ label: 'Opslaan', icon: 'pi pi-check', loading: true, type: 'submit' });

    const button = wrapper.find('button');
    expect(button.attributes('type')).toBe('submit');
    expect(button.attributes('disabled')).toBeDefined();
    expect(button.attributes('aria-busy')).toBe('true');
    expect(button.find('.pi-spinner').exists()).toBe(true);
    expect(button.find('.pi-check').exists()).toBe(false);
  });

  it('is an icon button named by its aria-label when it has no label', async () => {
    const { wrapper } = await mountButton({ icon: 'pi pi-times' }, { 'aria-label': 'Sluiten' });

    expect(wrapper.attributes('aria-label')).toBe('Sluiten');
    expect(wrapper.classes()).toContain('plain-button--icon-only');
    expect(wrapper.text()).toBe('');
  });

  it('is a router link to its route with as="router-link"', async () => {
    const { wrapper, router } = await mountButton({ label: 'Naar inloggen', as: 'router-link', to: { name: 'login' } });

    const link = wrapper.find('a');
    expect(link.attributes('href')).toBe(router.resolve({ name: 'login' }).href);
    expect(link.attributes('type')).toBeUndefined();
    expect(link.classes()).toContain('plain-button');
  });

  it('is a plain link with as="a", marked disabled without losing its place', async () => {
    const { wrapper } = await mountButton(
      { label: 'Downloaden', as: 'a', disabled: true },
      { href: '/api/v1/export.csv', download: '' },
    );

    const link = wrapper.find('a');
    expect(link.attributes('href')).toBe('/api/v1/export.csv');
    expect(link.attributes('aria-disabled')).toBe('true');
    expect(link.attributes('disabled')).toBeUndefined();
  });
});
