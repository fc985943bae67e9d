import { computed } from 'vue';
import { useDepartmentsStore } from '../stores/departments.ts';
import { useLayersStore } from '../stores/layers.ts';

/**
 * The organisation's layers and departments, to name the ids a round's participants and results carry. Loads them
 * once if no other page has.
 */
export function useRoundPlaces() {
  const layers = useLayersStore();
  const departments = useDepartmentsStore();

  function ensureLoaded(): void {
    if (!layers.loaded && !layers.loading) void layers.load();
    if (!departments.loaded && !departments.loading) void departments.load();
  }

  const layerById = computed(() => new Map(layers.items.map((layer) => [layer.id, layer])));
  const layerName = (id: string) => layerById.value.get(id)?.name ?? '…';
  const departmentName = (id: string) => departments.byId.get(id)?.name ?? '…';
  /** Layers in rank order, as the organisation lists them. */
  const layerIds = computed(() => layers.items.map((layer) => layer.id));

  return { layers, departments, ensureLoaded, layerName, departmentName, layerIds };
}
