import { computed, ref, watch } from 'vue';
import { useDebounce } from './useDebounce.ts';

/** What every list's filters hold: a search and a department and layer choice. */
export type ListFilterValues = { q: string; departmentId: string | null; layerId: string | null };

/**
 * The fields every filter bar shares: a debounced search that also follows the filters when they are cleared from
 * outside ("Filters wissen"), and the department and layer choices.
 */
export function useFilterFields<F extends ListFilterValues>(filters: () => F, change: (changes: Partial<F>) => void) {
  const searchText = ref(filters().q);
  const { run: searchSoon } = useDebounce((q: string) => change({ q } as Partial<F>));
  watch(searchText, (text) => searchSoon(text));
  watch(
    () => filters().q,
    (q) => {
      if (q !== searchText.value) searchText.value = q;
    },
  );
  const department = computed({
    get: () => filters().departmentId,
    set: (id: string | null) => change({ departmentId: id } as Partial<F>),
  });
  const layer = computed({
    get: () => filters().layerId,
    set: (id: string | null) => change({ layerId: id ?? null } as Partial<F>),
  });
  return { searchText, department, layer };
}
