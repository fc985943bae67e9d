import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import SearchField from './SearchField.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountField() {
  const { wrapper } = await mountInApp(SearchField, {
    mount: { props: { id: 'people-search', label: 'Zoeken', placeholder: 'Naam of e-mail', modelValue: '' } },
  });
  return wrapper;
}

describe('SearchField', () => {
  it('labels the search box', async () => {
    const wrapper = await mountField();

    const label = wrapper.find('label');
    expect(label.text()).toBe('Zoeken');
    expect(label.attributes('for')).toBe('people-search');
    const input = wrapper.find('input#people-search');
    expect(input.attributes('type')).toBe('search');
    expect(input.attributes('placeholder')).toBe('Naam of e-mail');
  });

  it('reports what is typed', async () => {
    const wrapper = await mountField();

    await wrapper.find('input').setValue('jan');

    expect(wrapper.emitted('update:modelValue')).toEqual([['jan']]);
  });
});
