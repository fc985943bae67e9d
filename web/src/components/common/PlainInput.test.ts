import { mount } from '@vue/test-utils';
import { defineComponent, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import PlainInput from './PlainInput.vue';

/** A parent holding the model, so `v-model` and `v-model.lazy` are used as a screen uses them. */
function mountWithModel(lazy: boolean) {
  const text = ref('');
  const Host = defineComponent({
    components: { PlainInput },
    setup: () => ({ text }),
    template: lazy ? '<PlainInput v-model.lazy="text" />' : '<PlainInput v-model="text" />',
  });
  return { wrapper: mount(Host), text };
}

describe('PlainInput', () => {
  it('is a text input unless told otherwise, and marks itself invalid', () => {
    const wrapper = mount(PlainInput, { props: { modelValue: 'a', invalid: true, size: 'small' }, attrs: { id: 'x' } });

    const input = wrapper.find('input');
    expect(input.attributes('type')).toBe('text');
    expect(input.attributes('id')).toBe('x');
    expect(input.element.value).toBe('a');
    expect(input.classes()).toEqual(expect.arrayContaining(['native-field--invalid', 'native-field--small']));
  });

  it('takes the type it is given', () => {
    const wrapper = mount(PlainInput, { props: { modelValue: '2026-03-10' }, attrs: { type: 'date' } });

    expect(wrapper.find('input').attributes('type')).toBe('date');
  });

  it('gives what is typed at once with v-model', async () => {
    const { wrapper, text } = mountWithModel(false);

    const input = wrapper.find('input');
    input.element.value = 'Roosters';
    await input.trigger('input');

    expect(text.value).toBe('Roosters');
  });

  it('waits for the field to be left with v-model.lazy', async () => {
    const { wrapper, text } = mountWithModel(true);

    const input = wrapper.find('input');
    input.element.value = '2026-03-10';
    await input.trigger('input');
    expect(text.value).toBe('');

    await input.trigger('change');
    expect(text.value).toBe('2026-03-10');
  });
});
