import type { Layer } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as layersApi from '../api/layers.ts';
import { useLoader } from '../composables/useLoader.ts';

const byRank = (a: Layer, b: Layer) => a.rank - b.rank;

export const useLayersStore = defineStore('layers', () => {
  const items = ref<Layer[]>([]);
  const { loading, error, cancel, run } = useLoader();
  const loaded = ref(false);
  let reorderId = 0;

  function reset(): void {
    cancel();
    items.value = [];
    loaded.value = false;
    error.value = null;
  }

  async function load(): Promise<void> {
    await run(
      () => layersApi.listLayers(),
      (list) => {
        items.value = [...list.items].sort(byRank);
        loaded.value = true;
      },
    );
  }

  /** New layers go to the bottom unless the server is told otherwise. */
  async function create(name: string): Promise<Layer> {
    const created = await layersApi.createLayer({ name });
    items.value = [...items.value, created].sort(byRank);
    return created;
  }

  async function rename(id: string, name: string): Promise<Layer> {
    const updated = await layersApi.updateLayer(id, { name });
    items.value = items.value.map((layer) => (layer.id === id ? updated : layer));
    return updated;
  }

  async function remove(id: string): Promise<void> {
    await layersApi.deleteLayer(id);
    items.value = items.value.filter((layer) => layer.id !== id);
  }

  /**
   * Optimistic: the list shows the new order at once and goes back to the previous one if the server refuses.
   * The server answers every layer with its new rank, which then replaces the local guess.
   */
  async function reorder(ids: string[]): Promise<void> {
    const id = ++reorderId;
    const before = items.value;
    const byId = new Map(before.map((layer) => [layer.id, layer]));
    items.value = ids.map((layerId) => byId.get(layerId)).filter((layer): layer is Layer => layer !== undefined);
    try {
      const saved = await layersApi.reorderLayers(ids);
      // A later reorder may have started meanwhile; the list then shows that one.
      if (id === reorderId) items.value = [...saved.items].sort(byRank);
    } catch (caught) {
      if (id === reorderId) items.value = before;
      throw caught;
    }
  }

  /** One step up (-1) or down (+1): what the keyboard buttons do. Returns false at either end. */
  async function move(id: string, delta: -1 | 1): Promise<boolean> {
    const ids = items.value.map((layer) => layer.id);
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return false;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await reorder(ids);
    return true;
  }

  return { items, loading, loaded, error, reset, load, create, rename, remove, reorder, move };
});
