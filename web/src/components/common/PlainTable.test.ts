import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mountInApp } from '../../test/app.ts';
import PlainTable from './PlainTable.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

interface Person {
  id: string;
  name: string;
  team: string;
}

const rows: Person[] = [
  { id: '1', name: 'Anouk', team: 'Zorg' },
  { id: '2', name: 'Bram', team: 'Wonen' },
];
const columns = [
  { key: 'name', header: 'Naam', sortable: true },
  { key: 'team', header: 'Team', cellLabel: 'Team' },
];

async function mountTable(props: Record<string, unknown> = {}, slots: Record<string, unknown> = {}) {
  const { wrapper } = await mountInApp(PlainTable, {
    mount: { props: { rows, columns, label: 'Collega’s', ...props }, slots } as never,
  });
  return wrapper;
}

describe('PlainTable', () => {
  it('shows a row per record, a cell per column (its slot, else the field), under a named table', async () => {
    const wrapper = await mountTable(
      {},
      { 'cell-team': ({ row }: { row: Person }) => h('em', row.team.toUpperCase()) },
    );
    expect(wrapper.get('table').attributes('aria-label')).toBe('Collega’s');
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Naam', 'Team']);
    expect(wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      ['Anouk', 'ZORG'],
      ['Bram', 'WONEN'],
    ]);
    // A column's name on its cells, for a card layout without the header row.
    expect(
      wrapper
        .findAll('tbody tr')[0]!
        .findAll('td')
        .map((td) => td.attributes('data-label')),
    ).toEqual([undefined, 'Team']);
  });

  it('marks the sorted column and asks for the other order, or ascending on another column', async () => {
    const wrapper = await mountTable({ sort: { key: 'name', order: 'asc' } });
    const [name, team] = wrapper.findAll('th');
    expect(name!.attributes('aria-sort')).toBe('ascending');
    expect(team!.attributes('aria-sort')).toBeUndefined();
    expect(team!.find('button').exists()).toBe(false);
    await name!.get('button').trigger('click');
    expect(wrapper.emitted('sort')).toEqual([[{ key: 'name', order: 'desc' }]]);

    await wrapper.setProps({ sort: { key: 'team', order: 'desc' } });
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('none');
    await wrapper.findAll('th')[0]!.get('button').trigger('click');
    expect(wrapper.emitted('sort')?.at(-1)).toEqual([{ key: 'name', order: 'asc' }]);
  });

  it('opens a clicked row, but leaves a button in it its own click', async () => {
    const wrapper = await mountTable(
      { clickable: true },
      { 'cell-name': ({ row }: { row: Person }) => h('button', { type: 'button' }, row.name) },
    );
    await wrapper.findAll('tbody tr')[1]!.findAll('td')[1]!.trigger('click');
    expect(wrapper.emitted('open')).toEqual([[rows[1]]]);
    await wrapper.findAll('tbody tr')[0]!.get('button').trigger('click');
    expect(wrapper.emitted('open')).toHaveLength(1);
  });

  it('shows its empty slot without rows, a veil while loading, and a paginator only past the smallest page', async () => {
    const wrapper = await mountTable(
      { rows: [], paging: { total: 0, limit: 25, offset: 0 }, sizes: [25, 50] },
      {
        empty: () => 'Nog niemand',
      },
    );
    expect(wrapper.get('tbody').text()).toBe('Nog niemand');
    expect(wrapper.find('[data-testid="paginator"]').exists()).toBe(false);

    await wrapper.setProps({ rows, loading: true, paging: { total: 60, limit: 25, offset: 25 } });
    expect(wrapper.get('table').attributes('aria-busy')).toBe('true');
    expect(wrapper.find('.plain-table__veil').exists()).toBe(true);
    await wrapper.get('[data-testid="paginator-next"]').trigger('click');
    expect(wrapper.emitted('page')).toEqual([[50, 25]]);
  });
});
