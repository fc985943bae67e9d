import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import PlainPaginator from './PlainPaginator.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const mountPaginator = async (props: Record<string, unknown>) =>
  (await mountInApp(PlainPaginator, { mount: { props } as never })).wrapper;

describe('PlainPaginator', () => {
  it('offers the pages around the shown one, named and marked, and asks for the one chosen', async () => {
    const wrapper = await mountPaginator({ state: { total: 230, limit: 25, offset: 100 }, sizes: [25, 50] });
    const pages = wrapper.findAll('.plain-paginator__page');
    expect(pages.map((page) => page.text())).toEqual(['3', '4', '5', '6', '7']);
    expect(pages[2]!.attributes('aria-current')).toBe('page');
    expect(pages[2]!.attributes('aria-label')).toBe('Pagina 5');
    await pages[3]!.trigger('click');
    await wrapper.get('[aria-label="Laatste pagina"]').trigger('click');
    await wrapper.get('[data-testid="paginator-prev"]').trigger('click');
    expect(wrapper.emitted('page')).toEqual([
      [125, 25],
      [225, 25],
      [75, 25],
    ]);
  });

  it('cannot go before the first page or past the last, and starts again at the first with another page size', async () => {
    const wrapper = await mountPaginator({ state: { total: 40, limit: 25, offset: 0 }, sizes: [25, 50] });
    expect(wrapper.get('[data-testid="paginator-prev"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[aria-label="Eerste pagina"]').attributes('disabled')).toBeDefined();
    await wrapper.get('select').setValue('50');
    expect(wrapper.emitted('page')).toEqual([[0, 50]]);

    await wrapper.setProps({ state: { total: 40, limit: 25, offset: 25 } });
    expect(wrapper.get('[data-testid="paginator-next"]').attributes('disabled')).toBeDefined();
  });

  it('says "page / pages" in its compact form, without page numbers or sizes', async () => {
    const wrapper = await mountPaginator({ state: { total: 25, limit: 10, offset: 10 }, compact: true });
    expect(wrapper.get('[data-testid="paginator-current"]').text()).toBe('2 / 3');
    expect(wrapper.find('.plain-paginator__page').exists()).toBe(false);
    expect(wrapper.find('select').exists()).toBe(false);
  });
});
