import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountInApp } from '../../test/app.ts';
import { layerIds, layers } from '../../test/fixtures.ts';
import { chooseOption, chosenLabel, optionLabels } from '../../test/select.ts';
import LayerSelect from './LayerSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const layerName = (id: string) => layers.find((layer) => layer.id === id)!.name;

describe('LayerSelect', () => {
  it('puts the input id on the native select the label points at, showing the chosen layer', async () => {
    const Host = defineComponent({
      setup: () => () => [
        h('label', { for: 'some-layer' }, 'Laag'),
        h(LayerSelect, { modelValue: layerIds.zorg, layers, inputId: 'some-layer', 'data-testid': 'some-layer' }),
      ],
    });
    const { wrapper } = await mountInApp(Host);

    expect(wrapper.find('label').attributes('for')).toBe('some-layer');
    const select = wrapper.get('[data-testid="some-layer"]');
    expect(select.element.tagName).toBe('SELECT');
    expect(select.attributes('id')).toBe('some-layer');
    expect(chosenLabel(select)).toBe(layerName(layerIds.zorg));
  });

  it('lists the layers by name and reports the chosen layer id', async () => {
    const { wrapper } = await mountInApp(LayerSelect, {
      mount: { props: { modelValue: null, layers, placeholder: 'Alle lagen' } },
    });
    const select = wrapper.get('select');
    expect(optionLabels(select)).toEqual(['Alle lagen', ...layers.map((layer) => layer.name)]);

    await chooseOption(select, layerName(layerIds.bestuur));

    expect(wrapper.emitted('update:modelValue')).toEqual([[layerIds.bestuur]]);
  });
});
