import type { LayerList } from '@ambassador/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http.ts';
import * as layersApi from '../api/layers.ts';
import { layers } from '../test/fixtures.ts';
import { useLayersStore } from './layers.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/layers.ts');
const api = vi.mocked(layersApi);

const names = (store: ReturnType<typeof useLayersStore>) => store.items.map((layer) => layer.name);
const [bestuur, management, teamleiding, zorg] = layers.map((layer) => layer.id) as [string, string, string, string];

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  // Out of order on purpose: the store shows them by rank.
  api.listLayers.mockResolvedValue({ items: [layers[2]!, layers[0]!, layers[3]!, layers[1]!] });
});

describe('layers store', () => {
  it('lists the layers by rank', async () => {
    const store = useLayersStore();

    await store.load();

    expect(names(store)).toEqual(['Bestuur en directie', 'Management', 'Teamleiding', 'Zorg en behandeling']);
  });

  it('shows a new order at once and then takes the ranks from the server', async () => {
    const store = useLayersStore();
    await store.load();
    let answer: (list: LayerList) => void = () => undefined;
    api.reorderLayers.mockImplementation(() => new Promise((resolve) => (answer = resolve)));

    const pending = store.reorder([management, bestuur, teamleiding, zorg]);

    expect(names(store)).toEqual(['Management', 'Bestuur en directie', 'Teamleiding', 'Zorg en behandeling']);
    answer({
      items: [
        { ...layers[1]!, rank: 0 },
        { ...layers[0]!, rank: 1 },
        { ...layers[2]!, rank: 2 },
        { ...layers[3]!, rank: 3 },
      ],
    });
    await pending;
    expect(store.items.map((layer) => layer.rank)).toEqual([0, 1, 2, 3]);
    expect(api.reorderLayers).toHaveBeenCalledWith([management, bestuur, teamleiding, zorg]);
  });

  it('puts the previous order back when the server refuses the new one', async () => {
    const store = useLayersStore();
    await store.load();
    api.reorderLayers.mockRejectedValue(new ApiError({ status: 400, code: 'invalid_layer_order' }));

    await expect(store.reorder([zorg, bestuur, management, teamleiding])).rejects.toMatchObject({
      code: 'invalid_layer_order',
    });

    expect(names(store)).toEqual(['Bestuur en directie', 'Management', 'Teamleiding', 'Zorg en behandeling']);
  });

  it('moves a layer one place down by sending the whole new order', async () => {
    const store = useLayersStore();
    await store.load();
    api.reorderLayers.mockImplementation(async (ids) => ({
      items: ids.map((id, rank) => ({ ...layers.find((layer) => layer.id === id)!, rank })),
    }));

    expect(await store.move(management, 1)).toBe(true);

    expect(api.reorderLayers).toHaveBeenCalledWith([bestuur, teamleiding, management, zorg]);
    expect(names(store)).toEqual(['Bestuur en directie', 'Teamleiding', 'Management', 'Zorg en behandeling']);
  });

  it('does not move the top layer further up', async () => {
    const store = useLayersStore();
    await store.load();

    expect(await store.move(bestuur, -1)).toBe(false);

    expect(api.reorderLayers).not.toHaveBeenCalled();
  });

  it('keeps a layer that is still in use', async () => {
    const store = useLayersStore();
    await store.load();
    api.deleteLayer.mockRejectedValue(new ApiError({ status: 409, code: 'layer_in_use' }));

    await expect(store.remove(zorg)).rejects.toMatchObject({ code: 'layer_in_use' });

    expect(store.items).toHaveLength(4);
  });
});
