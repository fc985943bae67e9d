import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import CompactPaginator from './CompactPaginator.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const mountPaginator = async (state: { total: number; limit: number; offset: number }) =>
  (await mountInApp(CompactPaginator, { mount: { props: { state } } })).wrapper;

describe('CompactPaginator', () => {
  it('is not there while everything fits on one page', async () => {
    const wrapper = await mountPaginator({ total: 10, limit: 10, offset: 0 });
    expect(wrapper.find('[data-testid="paginator"]').exists()).toBe(false);
  });

  it('says which page of how many, and asks for the next one', async () => {
    const wrapper = await mountPaginator({ total: 25, limit: 10, offset: 10 });
    expect(wrapper.find('[data-testid="paginator-current"]').text()).toBe('2 / 3');
    await wrapper.find('[data-testid="paginator-next"]').trigger('click');
    expect(wrapper.emitted('page')).toEqual([[20, 10]]);
  });
});
