import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, ref } from 'vue';
import { createAppI18n } from '../i18n/index.ts';
import type { TableSort } from '../lib/tableSort.ts';
import { useClientTable, type ClientTable } from './useClientTable.ts';

interface Row {
  id: string;
  name: string;
  count: number | null;
  startsAt: string;
}

const row = (id: number, name: string, count: number | null, startsAt: string): Row => ({
  id: String(id),
  name,
  count,
  startsAt,
});

/** The table of a component in Dutch (the collation follows the language), with the rows it is given. */
function tableOf(source: () => readonly Row[], options: { limit: number; sort?: TableSort | null }): ClientTable<Row> {
  let table: ClientTable<Row> | undefined;
  mount(
    defineComponent({
      setup() {
        table = useClientTable(source, options);
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('nl')] } },
  );
  return table!;
}

const ids = (table: ClientTable<Row>) => table.page.value.map((each) => each.id);

const rows = [
  row(1, 'Ziekenhuis 10', 3, '2026-03-10T08:00:00.000Z'),
  row(2, 'ziekenhuis 2', 20, '2026-02-28T23:00:00.000Z'),
  row(3, 'Éénheid', null, '2026-03-01T09:30:00.000Z'),
  row(4, 'afdeling', 100, '2025-12-31T23:59:59.000Z'),
];

describe('useClientTable', () => {
  it('starts in the default order, on the first page', () => {
    const table = tableOf(() => rows, { limit: 2, sort: { key: 'startsAt', order: 'asc' } });

    expect(ids(table)).toEqual(['4', '2']);
    expect(table.sort.value).toEqual({ key: 'startsAt', order: 'asc' });
    expect(table.paging.value).toEqual({ total: 4, limit: 2, offset: 0 });
  });

  it('keeps the given order without a sort', () => {
    const table = tableOf(() => rows, { limit: 10 });
    expect(ids(table)).toEqual(['1', '2', '3', '4']);
  });

  it('sorts numbers by value, with the empty ones last going up', () => {
    const table = tableOf(() => rows, { limit: 10 });

    table.onSort({ key: 'count', order: 'asc' });
    expect(ids(table)).toEqual(['1', '2', '4', '3']);

    table.onSort({ key: 'count', order: 'desc' });
    expect(ids(table)).toEqual(['3', '4', '2', '1']);
  });

  it('sorts moments by time', () => {
    const table = tableOf(() => rows, { limit: 10 });

    table.onSort({ key: 'startsAt', order: 'desc' });
    expect(ids(table)).toEqual(['1', '3', '2', '4']);
  });

  it('sorts texts as a Dutch reader would: case and accents aside, numbers by value', () => {
    const table = tableOf(() => rows, { limit: 10 });

    table.onSort({ key: 'name', order: 'asc' });
    expect(table.page.value.map((each) => each.name)).toEqual(['afdeling', 'Éénheid', 'ziekenhuis 2', 'Ziekenhuis 10']);
  });

  it('shows a page at a time, and a new order starts at the first page', () => {
    const table = tableOf(() => rows, { limit: 2, sort: { key: 'startsAt', order: 'asc' } });

    table.onPage(2, 2);
    expect(ids(table)).toEqual(['3', '1']);
    expect(table.paging.value).toEqual({ total: 4, limit: 2, offset: 2 });

    table.onSort({ key: 'name', order: 'asc' });
    expect(table.paging.value.offset).toBe(0);
    expect(ids(table)).toEqual(['4', '3']);
  });

  it('takes another page size', () => {
    const table = tableOf(() => rows, { limit: 2, sort: { key: 'startsAt', order: 'asc' } });

    table.onPage(0, 3);
    expect(ids(table)).toEqual(['4', '2', '3']);
    expect(table.paging.value).toEqual({ total: 4, limit: 3, offset: 0 });
  });

  it('shows the last page when the list shrinks below the shown one', () => {
    const shown = ref<Row[]>(rows);
    const table = tableOf(() => shown.value, { limit: 1, sort: { key: 'startsAt', order: 'asc' } });
    table.onPage(3, 1);
    expect(ids(table)).toEqual(['1']);

    shown.value = rows.slice(1, 3);
    expect(table.paging.value).toEqual({ total: 2, limit: 1, offset: 1 });
    expect(ids(table)).toEqual(['3']);

    shown.value = [];
    expect(table.paging.value).toEqual({ total: 0, limit: 1, offset: 0 });
    expect(ids(table)).toEqual([]);
  });
});
