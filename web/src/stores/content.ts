import type {
  ContentItem,
  ContentItemListQuery,
  ContentStatus,
  CreateContentItemBody,
  UpdateContentItemBody,
} from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as contentApi from '../api/content.ts';
import { usePagedList } from '../composables/usePagedList.ts';

export const CONTENT_PAGE_SIZES = [50, 100, 200] as const;

export interface ContentFilters {
  q: string;
  status: ContentStatus | null;
  ownerAmbassadorId: string | null;
  /** Only the pages past their review date. */
  overdue: boolean;
  /** Only the caller's own pages (an ambassador's "mijn pagina's"). */
  mine: boolean;
}

/** The pages of one section of the intranet; `section` null holds the pages without one. */
export interface ContentGroup {
  section: string | null;
  items: ContentItem[];
  overdue: number;
}

const defaultFilters = (): ContentFilters => ({
  q: '',
  status: null,
  ownerAmbassadorId: null,
  overdue: false,
  mine: false,
});

/** The page's rows by section, A–Z (pages without a section last), each section's pages as the server sorted them. */
export function groupBySection(items: readonly ContentItem[]): ContentGroup[] {
  const groups = new Map<string | null, ContentGroup>();
  for (const item of items) {
    const section = item.section?.trim() || null;
    let group = groups.get(section);
    if (!group) {
      group = { section, items: [], overdue: 0 };
      groups.set(section, group);
    }
    group.items.push(item);
    if (item.overdue) group.overdue += 1;
  }
  return [...groups.values()].sort((a, b) => {
    if (a.section === b.section) return 0;
    if (a.section === null) return 1;
    if (b.section === null) return -1;
    return a.section.localeCompare(b.section, 'nl');
  });
}

/** The content register: the intranet's pages with their owner, decision and review dates, paged by the server. */
export const useContentStore = defineStore('content', () => {
  const list = usePagedList({
    fetch: (query: ContentItemListQuery, signal) => contentApi.listContentItems(query, signal),
    toQuery: (window, filters: ContentFilters): ContentItemListQuery => {
      const q = filters.q.trim();
      return {
        ...window,
        ...(q ? { q } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.ownerAmbassadorId ? { ownerAmbassadorId: filters.ownerAmbassadorId } : {}),
        ...(filters.overdue ? { overdue: true } : {}),
        ...(filters.mine ? { mine: true } : {}),
      };
    },
    defaultFilters,
    pageSize: CONTENT_PAGE_SIZES[0],
  });
  const { items, load } = list;
  /** Pages with a review on its way. */
  const reviewing = ref<string[]>([]);
  const groups = computed(() => groupBySection(items.value));

  function reset(): void {
    list.reset();
    reviewing.value = [];
  }

  function replace(item: ContentItem): void {
    items.value = items.value.map((existing) => (existing.id === item.id ? item : existing));
  }

  // After a create, change or delete the page is read again: the page may now sort elsewhere or fall outside the filters.
  async function create(body: CreateContentItemBody): Promise<ContentItem> {
    const created = await contentApi.createContentItem(body);
    await load();
    return created;
  }

  async function update(id: string, body: UpdateContentItemBody): Promise<ContentItem> {
    const updated = await contentApi.updateContentItem(id, body);
    await load();
    return updated;
  }

  async function remove(id: string): Promise<void> {
    await contentApi.deleteContentItem(id);
    await load();
  }

  /** Marks a page reviewed today; its row shows the new dates at once (it stays in place, even under "overdue"). */
  async function review(id: string): Promise<ContentItem> {
    reviewing.value = [...reviewing.value, id];
    try {
      const reviewed = await contentApi.reviewContentItem(id);
      replace(reviewed);
      return reviewed;
    } finally {
      reviewing.value = reviewing.value.filter((pending) => pending !== id);
    }
  }

  return {
    ...list,
    reviewing,
    groups,
    reset,
    create,
    update,
    remove,
    review,
  };
});
