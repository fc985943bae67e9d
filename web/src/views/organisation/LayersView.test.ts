import type { LayerList } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import { mountInApp } from '../../test/app.ts';
import { layers, meFor } from '../../test/fixtures.ts';
import LayersView from './LayersView.vue';

vi.mock('../../api/layers.ts');
const api = vi.mocked(layersApi);

const [bestuur, management, teamleiding, zorg] = layers.map((layer) => layer.id) as [string, string, string, string];

function shownNames(): string[] {
  return [...document.body.querySelectorAll('[data-testid^="layer-name-"]')].map((el) => el.textContent!.trim());
}

function ranked(ids: string[]): LayerList {
  return { items: ids.map((id, rank) => ({ ...layers.find((layer) => layer.id === id)!, rank })) };
}

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(LayersView, { me: meFor(role), path: '/organisation/layers' });
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listLayers.mockResolvedValue({ items: layers });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LayersView', () => {
  it('moves a layer down with its keyboard button and saves the whole new order', async () => {
    api.reorderLayers.mockImplementation(async (ids) => ranked(ids));
    const { wrapper } = await mountView();

    const down = wrapper.find(`[data-testid="layer-down-${management}"]`);
    expect(down.attributes('aria-label')).toBe('Management een plek omlaag');
    await down.trigger('click');
    await flushPromises();

    expect(api.reorderLayers).toHaveBeenCalledWith([bestuur, teamleiding, management, zorg]);
    expect(shownNames()).toEqual(['Bestuur en directie', 'Teamleiding', 'Management', 'Zorg en behandeling']);
    expect(wrapper.find('[data-testid="layer-announcement"]').text()).toBe('Management staat nu op plek 3 van 4.');
    // Focus stays with the moved layer.
    expect(document.activeElement?.getAttribute('data-testid')).toBe(`layer-down-${management}`);
  });

  it('moves a layer up and cannot move the top one further', async () => {
    api.reorderLayers.mockImplementation(async (ids) => ranked(ids));
    const { wrapper } = await mountView();

    expect(wrapper.find(`[data-testid="layer-up-${bestuur}"]`).attributes('disabled')).toBeDefined();
    await wrapper.find(`[data-testid="layer-up-${zorg}"]`).trigger('click');
    await flushPromises();

    expect(api.reorderLayers).toHaveBeenCalledWith([bestuur, management, zorg, teamleiding]);
  });

  it('puts the order back and says so when saving fails', async () => {
    api.reorderLayers.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="layer-down-${bestuur}"]`).trigger('click');
    await flushPromises();

    expect(shownNames()).toEqual(['Bestuur en directie', 'Management', 'Teamleiding', 'Zorg en behandeling']);
    expect(wrapper.find('[data-testid="layer-announcement"]').text()).toBe('De volgorde is teruggezet.');
  });

  it('reorders by drag and drop', async () => {
    api.reorderLayers.mockImplementation(async (ids) => ranked(ids));
    const { wrapper } = await mountView();

    const dragged = wrapper.find(`[data-testid="layer-${zorg}"]`);
    const target = wrapper.find(`[data-testid="layer-${bestuur}"]`);
    await dragged.trigger('dragstart');
    // Over the top half of the first layer: drop before it.
    target.element.getBoundingClientRect = () => ({ top: 0, height: 40 }) as DOMRect;
    await target.trigger('dragover', { clientY: 5 });
    await target.trigger('drop');
    await flushPromises();

    expect(api.reorderLayers).toHaveBeenCalledWith([zorg, bestuur, management, teamleiding]);
  });

  it('adds a layer and shows a taken name next to the field', async () => {
    api.createLayer.mockRejectedValueOnce(new ApiError({ status: 409, code: 'layer_name_taken' }));
    const { wrapper } = await mountView();

    await wrapper.find('#layer-new-name').setValue('Management');
    await wrapper.find('[data-testid="add-layer-form"]').trigger('submit');
    await flushPromises();

    expect(api.createLayer).toHaveBeenCalledWith({ name: 'Management' });
    expect(wrapper.find('[data-testid="layer-new-name-error"]').text()).toBe('Er is al een laag met deze naam.');
  });

  it('shows HR the layers without any edit controls', async () => {
    const { wrapper } = await mountView('hr');

    expect(shownNames()).toHaveLength(4);
    expect(wrapper.find('[data-testid^="layer-up-"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="add-layer-form"]').exists()).toBe(false);
    expect(wrapper.find('li[draggable="true"]').exists()).toBe(false);
  });
});
