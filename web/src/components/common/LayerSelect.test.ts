import Select from 'primevue/select';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountInApp } from '../../test/app.ts';
import { layerIds, layers } from '../../test/fixtures.ts';
import LayerSelect from './LayerSelect.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LayerSelect', () => {
  it('puts the input id on the control the label points at', async () => {
    const Host = defineComponent({
      setup: () => () => [
        h('label', { for: 'some-layer' }, 'Laag'),
        h(LayerSelect, { modelValue: layerIds.zorg, layers, inputId: 'some-layer', 'data-testid': 'some-layer' }),
      ],
    });
    const { wrapper } = await mountInApp(Host);

    expect(wrapper.find('label').attributes('for')).toBe('some-layer');
    const control = wrapper.find('[data-testid="some-layer"]');
    expect(control.find('#some-layer').exists()).toBe(true);
    expect(control.text()).toContain(layers.find((layer) => layer.id === layerIds.zorg)!.name);
  });

  it('reports the chosen layer id', async () => {
    const { wrapper } = await mountInApp(LayerSelect, { mount: { props: { modelValue: null, layers } } });

    wrapper.findComponent(Select).vm.$emit('update:modelValue', layerIds.bestuur);

    expect(wrapper.emitted('update:modelValue')).toEqual([[layerIds.bestuur]]);
  });
});
