import { computed, reactive, ref, type Ref, type UnwrapRef } from 'vue';
import { useLoader } from './useLoader.ts';

/** A page of a list as the API answers it. */
interface Page<Item> {
  items: Item[];
  total: number;
}

/** The window a list asks for. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * One server-paged list with filters: the page shown, its total, the window and the filters, loading and error
 * state (an older request is aborted by a newer one). `toQuery` turns the window and filters into exactly what goes
 * to the API (empty filters left out); any change of filter starts again at the first page.
 */
export function usePagedList<Item, Filters extends object, Query extends object>(options: {
  fetch: (query: Query, signal: AbortSignal) => Promise<Page<Item>>;
  toQuery: (window: PageWindow, filters: UnwrapRef<Filters>) => Query;
  defaultFilters: () => Filters;
  pageSize: number;
}) {
  const items = ref<Item[]>([]) as Ref<Item[]>;
  const total = ref(0);
  const limit = ref(options.pageSize);
  const offset = ref(0);
  const filters = reactive(options.defaultFilters());
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);

  const query = computed(() =>
    options.toQuery({ limit: limit.value, offset: offset.value }, filters as UnwrapRef<Filters>),
  );
  /** Whether any filter is set: an empty page then means "nothing matches" rather than "nothing yet". */
  const filtered = computed(() => Object.keys(query.value).length > 2);

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    limit.value = options.pageSize;
    offset.value = 0;
    Object.assign(filters, options.defaultFilters());
    loaded.value = false;
  }

  async function load(): Promise<void> {
    await run(
      (signal) => options.fetch(query.value, signal),
      (page) => {
        items.value = page.items;
        total.value = page.total;
        loaded.value = true;
      },
    );
  }

  function setPage(nextOffset: number, nextLimit: number): Promise<void> {
    limit.value = nextLimit;
    offset.value = Math.floor(nextOffset / nextLimit) * nextLimit;
    return load();
  }

  function setFilters(changes: Partial<UnwrapRef<Filters>>): Promise<void> {
    Object.assign(filters, changes);
    offset.value = 0;
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(options.defaultFilters() as Partial<UnwrapRef<Filters>>);
  }

  return {
    items,
    total,
    limit,
    offset,
    filters,
    loading,
    loaded,
    error,
    query,
    filtered,
    reset,
    load,
    setPage,
    setFilters,
    clearFilters,
  };
}
