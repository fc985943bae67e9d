import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import TextField from './TextField.vue';

function field(attrs: Record<string, unknown> = {}) {
  return mount(TextField, { props: { id: 'f', label: 'Veld', modelValue: '', ...attrs } });
}

describe('TextField', () => {
  it('is a text input unless told otherwise, labelled and described by its error', () => {
    const wrapper = field({ error: 'Verplicht' });
    const input = wrapper.get('input');
    expect(input.attributes('type')).toBe('text');
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes('aria-invalid')).toBe('true');
    const described = input.attributes('aria-describedby') ?? '';
    expect(described).not.toBe('');
    expect(wrapper.get(`#${described.split(' ')[0]}`).text()).toContain('Verplicht');
  });

  it('passes its attributes to the input, and always gives its model a string', async () => {
    const wrapper = field({ type: 'number', min: '1', autocomplete: 'off' });
    const input = wrapper.get('input');
    expect(input.attributes('type')).toBe('number');
    expect(input.attributes('min')).toBe('1');
    await input.setValue('12');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['12']);
  });
});
