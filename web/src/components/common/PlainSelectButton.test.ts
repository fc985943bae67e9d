import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import PlainSelectButton from './PlainSelectButton.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const kinds = [
  { value: 'end_user', label: 'Eindgebruikers' },
  { value: 'ambassador', label: 'Ambassadeurs' },
];

function mountButtons(props: Record<string, unknown>, attrs: Record<string, unknown> = {}) {
  return mount(PlainSelectButton, {
    props: { options: kinds, modelValue: 'end_user', ...props } as never,
    attrs,
    attachTo: document.body,
  });
}

const buttons = (wrapper: ReturnType<typeof mountButtons>) => wrapper.findAll('button');
const pressed = (wrapper: ReturnType<typeof mountButtons>) => buttons(wrapper).map((b) => b.attributes('aria-pressed'));

describe('PlainSelectButton', () => {
  it('is a named group of toggle buttons, the chosen one pressed', () => {
    const wrapper = mountButtons({}, { 'aria-labelledby': 'kind-label', 'data-testid': 'session-kind' });

    const group = wrapper.get('[role="group"]');
    expect(group.attributes('aria-labelledby')).toBe('kind-label');
    expect(group.attributes('data-testid')).toBe('session-kind');
    expect(buttons(wrapper).map((b) => b.text())).toEqual(['Eindgebruikers', 'Ambassadeurs']);
    // Native buttons that submit nothing: Enter and Space press them, in a form too.
    expect(buttons(wrapper).map((b) => b.attributes('type'))).toEqual(['button', 'button']);
    expect(pressed(wrapper)).toEqual(['true', 'false']);
  });

  it('chooses the pressed option and follows the model', async () => {
    const wrapper = mountButtons({});

    await buttons(wrapper)[1]!.trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([['ambassador']]);

    await wrapper.setProps({ modelValue: 'ambassador' } as never);
    expect(pressed(wrapper)).toEqual(['false', 'true']);
  });

  it('keeps its choice when the chosen option is pressed again, unless it may be empty', async () => {
    const kept = mountButtons({ allowEmpty: false });
    await buttons(kept)[0]!.trigger('click');
    expect(kept.emitted('update:modelValue')).toBeUndefined();

    const emptied = mountButtons({});
    await buttons(emptied)[0]!.trigger('click');
    expect(emptied.emitted('update:modelValue')).toEqual([[null]]);
  });

  it('reads labels and values from the named fields, or takes an option that is no object as both', async () => {
    const named = mountButtons({
      options: [
        { key: 1, name: 'Een' },
        { key: 2, name: 'Twee' },
      ],
      optionLabel: 'name',
      optionValue: 'key',
      modelValue: 2,
    });
    expect(buttons(named).map((b) => b.text())).toEqual(['Een', 'Twee']);
    expect(pressed(named)).toEqual(['false', 'true']);
    await buttons(named)[0]!.trigger('click');
    expect(named.emitted('update:modelValue')).toEqual([[1]]);

    const plain = mountButtons({ options: ['klein', 'groot'], modelValue: null });
    expect(buttons(plain).map((b) => b.text())).toEqual(['klein', 'groot']);
    expect(pressed(plain)).toEqual(['false', 'false']);
    await buttons(plain)[1]!.trigger('click');
    expect(plain.emitted('update:modelValue')).toEqual([['groot']]);
  });

  it('can be disabled as a whole', () => {
    const wrapper = mountButtons({ disabled: true });

    expect(buttons(wrapper).every((b) => (b.element as HTMLButtonElement).disabled)).toBe(true);
  });
});
