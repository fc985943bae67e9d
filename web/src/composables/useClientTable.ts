import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { PageState } from '../lib/paging.ts';
import { compareValues, type TableSort } from '../lib/tableSort.ts';

export interface ClientTable<Row> {
  /** The rows of the shown page, in the chosen order. */
  page: ComputedRef<Row[]>;
  paging: ComputedRef<PageState>;
  sort: Ref<TableSort | null>;
  onSort: (sort: TableSort) => void;
  onPage: (offset: number, limit: number) => void;
}

/**
 * Sorting and paging in the browser for a PlainTable whose rows are all here: a new order starts at the first page,
 * and a list that shrinks (a filter) never leaves the table on a page past its end. `value` gives a row's value for
 * a column key (its own field of that name by default).
 */
export function useClientTable<Row>(
  rows: () => readonly Row[],
  {
    limit: initialLimit,
    sort: initialSort = null,
    value = (row, key) => (row as Record<string, unknown>)[key],
  }: { limit: number; sort?: TableSort | null; value?: (row: Row, key: string) => unknown },
): ClientTable<Row> {
  const { locale } = useI18n();
  const sort = ref<TableSort | null>(initialSort);
  const limit = ref(initialLimit);
  const offset = ref(0);

  const sorted = computed(() => {
    const all = [...rows()];
    const chosen = sort.value;
    if (!chosen) return all;
    const collator = new Intl.Collator(locale.value, { numeric: true, sensitivity: 'base' });
    const direction = chosen.order === 'asc' ? 1 : -1;
    return all.sort((a, b) => direction * compareValues(value(a, chosen.key), value(b, chosen.key), collator));
  });
  const paging = computed<PageState>(() => {
    const total = sorted.value.length;
    const lastPage = Math.max(0, Math.ceil(total / limit.value) - 1) * limit.value;
    return { total, limit: limit.value, offset: Math.min(offset.value, lastPage) };
  });
  const page = computed(() => sorted.value.slice(paging.value.offset, paging.value.offset + limit.value));

  return {
    page,
    paging,
    sort,
    onSort: (next) => {
      sort.value = next;
      offset.value = 0;
    },
    onPage: (nextOffset, nextLimit) => {
      offset.value = nextOffset;
      limit.value = nextLimit;
    },
  };
}
