import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import PlainMessage from './PlainMessage.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PlainMessage', () => {
  it('announces an error at once and anything else politely', async () => {
    const error = await mountInApp(PlainMessage, {
      mount: { props: { severity: 'error' }, slots: { default: 'Mislukt' } },
    });
    const warning = await mountInApp(PlainMessage, {
      mount: { props: { severity: 'warn' }, slots: { default: 'Let op' } },
    });

    expect(error.wrapper.attributes('role')).toBe('alert');
    expect(error.wrapper.text()).toBe('Mislukt');
    expect(warning.wrapper.attributes('role')).toBe('status');
    expect(warning.wrapper.classes()).toContain('plain-message--warn');
  });

  it('has no close button unless closable, and says close in the language of the app', async () => {
    const plain = await mountInApp(PlainMessage, { mount: { props: { severity: 'success' } } });
    expect(plain.wrapper.find('button').exists()).toBe(false);

    const { wrapper } = await mountInApp(PlainMessage, { mount: { props: { severity: 'success', closable: true } } });
    const close = wrapper.find('button');
    expect(close.attributes('aria-label')).toBe('Sluiten');
    await close.trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});
