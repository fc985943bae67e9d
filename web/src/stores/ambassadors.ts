import type {
  Ambassador,
  AmbassadorDetail,
  AmbassadorListQuery,
  AmbassadorRole,
  AmbassadorStatus,
  CreateAmbassadorBody,
} from '@ambassador/shared';
import { AMBASSADOR_TRANSITIONS } from '@ambassador/shared/constants';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { asApiError } from '../api/http.ts';
import { fetchAllPages } from '../api/pages.ts';
import { BOARD_COLUMNS, isFullRecord } from '../lib/ambassadors.ts';
import { useLoader } from '../composables/useLoader.ts';

export interface AmbassadorFilters {
  q: string;
  /** Includes the sub-departments. */
  departmentId: string | null;
  layerId: string | null;
  role: AmbassadorRole | null;
}

const defaultFilters = (): AmbassadorFilters => ({ q: '', departmentId: null, layerId: null, role: null });

/** A detail answer carries the history too; the board keeps list items only. */
export function toListItem(detail: AmbassadorDetail | Ambassador): Ambassador {
  const { history: _history, ...item } = detail as AmbassadorDetail;
  return item;
}

const byName = (a: Ambassador, b: Ambassador) => a.employee.name.localeCompare(b.employee.name, 'nl');

export const useAmbassadorsStore = defineStore('ambassadors', () => {
  const items = ref<Ambassador[]>([]);
  const total = ref(0);
  const filters = reactive<AmbassadorFilters>(defaultFilters());
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  /** Cards with a move on its way to the server; they cannot be moved again until it answers. */
  const pending = ref<string[]>([]);
  /** Per card, the latest move: an older answer must not overwrite a newer move. */
  const moveVersions = new Map<string, number>();

  /** Exactly what goes to GET /ambassadors (without paging); empty filters are left out. */
  const query = computed<AmbassadorListQuery>(() => {
    const q = filters.q.trim();
    return {
      ...(q ? { q } : {}),
      ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
      ...(filters.layerId ? { layerId: filters.layerId } : {}),
      ...(filters.role ? { role: filters.role } : {}),
    };
  });

  const filtered = computed(() => Object.keys(query.value).length > 0);

  /** The board: one column per status, in board order, names A–Z within a column. */
  const columns = computed(() => {
    const grouped = Object.fromEntries(BOARD_COLUMNS.map((status) => [status, [] as Ambassador[]])) as Record<
      AmbassadorStatus,
      Ambassador[]
    >;
    for (const item of items.value) grouped[item.status].push(item);
    for (const status of BOARD_COLUMNS) grouped[status].sort(byName);
    return grouped;
  });

  function isPending(id: string): boolean {
    return pending.value.includes(id);
  }

  function reset(): void {
    cancel();
    items.value = [];
    total.value = 0;
    Object.assign(filters, defaultFilters());
    loaded.value = false;
    pending.value = [];
    moveVersions.clear();
  }

  async function load(): Promise<void> {
    // A slower answer to an older filter must not overwrite a newer one.
    await run(
      // The board shows every ambassador (about 1% of staff: hundreds, not thousands), so it reads every page.
      (signal) =>
        fetchAllPages((page) => ambassadorsApi.listAmbassadors({ ...query.value, ...page }, signal), { signal }),
      (list) => {
        // The board is the admins': each of their items is a whole record.
        items.value = list.items.filter(isFullRecord);
        total.value = list.total;
        loaded.value = true;
      },
    );
  }

  function setFilters(changes: Partial<AmbassadorFilters>): Promise<void> {
    Object.assign(filters, changes);
    return load();
  }

  function clearFilters(): Promise<void> {
    return setFilters(defaultFilters());
  }

  /** Puts a fresher copy of a card in place (after a save on the detail page, or a refused move). */
  function replace(ambassador: Ambassador | AmbassadorDetail): void {
    const item = toListItem(ambassador);
    items.value = items.value.map((existing) => (existing.id === item.id ? item : existing));
  }

  async function refreshOne(id: string): Promise<void> {
    try {
      const fresh = await ambassadorsApi.getAmbassador(id);
      if (fresh) replace(fresh);
    } catch {
      // The card keeps what it showed; the next load of the board brings it up to date.
    }
  }

  /**
   * Optimistic: the card moves to its new column at once and goes back if the server refuses. The ApiError is
   * rethrown, so the view can name the statuses that are possible (`allowed`, with `illegal_transition`).
   */
  async function move(id: string, to: AmbassadorStatus, note?: string): Promise<Ambassador | null> {
    const before = items.value.find((item) => item.id === id);
    if (!before || before.status === to) return before ?? null;
    const version = (moveVersions.get(id) ?? 0) + 1;
    moveVersions.set(id, version);
    const latest = () => moveVersions.get(id) === version;

    replace({ ...before, status: to, allowedTransitions: [...AMBASSADOR_TRANSITIONS[to]] });
    pending.value = [...pending.value, id];
    try {
      const saved = await ambassadorsApi.updateAmbassador(id, { status: to, ...(note?.trim() ? { note } : {}) });
      if (latest()) replace(saved);
      return toListItem(saved);
    } catch (caught) {
      const failure = asApiError(caught);
      if (latest()) {
        replace(before);
        // Refused because the record changed elsewhere: fetch what it is now, so the card offers the right moves.
        if (failure.code === 'illegal_transition') void refreshOne(id);
      }
      throw failure;
    } finally {
      pending.value = pending.value.filter((pendingId) => pendingId !== id);
    }
  }

  /** The new card may fall outside the filters, so the board is reloaded from the server. */
  async function create(body: CreateAmbassadorBody): Promise<AmbassadorDetail> {
    const created = await ambassadorsApi.createAmbassador(body);
    await load();
    return created;
  }

  return {
    items,
    total,
    filters,
    loading,
    loaded,
    error,
    pending,
    query,
    filtered,
    columns,
    isPending,
    reset,
    load,
    setFilters,
    clearFilters,
    replace,
    move,
    create,
  };
});
