import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PlainTextarea from './PlainTextarea.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('PlainTextarea', () => {
  it('shows the text and reports what is typed', async () => {
    const wrapper = mount(PlainTextarea, { props: { modelValue: 'Eerste regel' }, attachTo: document.body });
    const area = wrapper.get('textarea');
    expect((area.element as HTMLTextAreaElement).value).toBe('Eerste regel');

    await area.setValue('Eerste regel\nTweede regel');

    expect(wrapper.emitted('update:modelValue')).toEqual([['Eerste regel\nTweede regel']]);
  });

  it('is at least its rows high, three unless told, and grows with its text', () => {
    const standard = mount(PlainTextarea, { props: { modelValue: '' } });
    expect(standard.get('textarea').attributes('rows')).toBe('3');
    expect((standard.get('textarea').element as HTMLElement).style.getPropertyValue('--plain-textarea-rows')).toBe('3');
    expect(standard.get('textarea').classes()).toEqual(expect.arrayContaining(['native-field', 'plain-textarea']));

    const taller = mount(PlainTextarea, { props: { modelValue: '', rows: '6' } });
    expect(taller.get('textarea').attributes('rows')).toBe('6');
    expect((taller.get('textarea').element as HTMLElement).style.getPropertyValue('--plain-textarea-rows')).toBe('6');
  });

  it('follows its text in height where the browser does not size it itself', async () => {
    vi.stubGlobal('CSS', { supports: () => false });
    const wrapper = mount(PlainTextarea, { props: { modelValue: '' }, attachTo: document.body });
    const area = wrapper.get('textarea').element as HTMLTextAreaElement;
    Object.defineProperty(area, 'scrollHeight', { configurable: true, get: () => 180 });

    await wrapper.setProps({ modelValue: 'Een lange tekst\nover\nvele\nregels' });
    await flushPromises();

    expect(area.style.height).toMatch(/^18\dpx$/);
  });

  it('passes its attributes to the text area and marks it invalid on request', () => {
    const wrapper = mount(PlainTextarea, {
      props: { modelValue: null, invalid: true },
      attrs: { id: 'note', maxlength: 500, 'aria-describedby': 'note-hint', 'data-testid': 'note' },
    });
    const area = wrapper.get('textarea');

    expect(area.attributes()).toMatchObject({
      id: 'note',
      maxlength: '500',
      'aria-describedby': 'note-hint',
      'data-testid': 'note',
    });
    expect((area.element as HTMLTextAreaElement).value).toBe('');
    expect(area.classes()).toContain('native-field--invalid');
  });
});
