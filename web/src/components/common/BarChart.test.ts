import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import BarChart from './BarChart.vue';

afterEach(() => vi.restoreAllMocks());

const props = {
  labels: ['Zorg', 'Een afdeling met een heel lange naam die niet past'],
  series: [
    { label: 'Ja', data: [3, 1], colour: '#0f766e' },
    { label: 'Nee', data: [null, 2], colour: '#b45309' },
  ],
  format: (value: number) => `${value} st.`,
};

describe('BarChart', () => {
  it('draws a bar per value with its series and value as title, the axis in the given format, and a legend', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
    const wrapper = mount(BarChart, { props: { ...props, horizontal: true, legend: true } });
    await nextTick();

    const svg = wrapper.get('svg');
    expect(svg.attributes('aria-hidden')).toBe('true');
    expect(svg.attributes('width')).toBe('320');
    expect(wrapper.findAll('rect').map((rect) => rect.get('title').text())).toEqual([
      'Ja: 3 st.',
      'Ja: 1 st.',
      'Nee: 2 st.',
    ]);
    const texts = wrapper.findAll('text').map((text) => text.text());
    expect(texts).toContain('3 st.');
    // A label too long for its room is cut, and whole in its title.
    const long = wrapper
      .findAll('text')
      .find((text) => text.find('title').exists() && text.get('title').text() === props.labels[1]);
    expect(long?.text()).toMatch(/…$/);
    expect(wrapper.findAll('.bar-chart__legend li').map((item) => item.text())).toEqual(['Ja', 'Nee']);
  });

  it('draws nothing while its box has no size, and shows no legend unless asked', async () => {
    const wrapper = mount(BarChart, { props });
    await nextTick();
    expect(wrapper.find('svg').exists()).toBe(false);
    expect(wrapper.find('.bar-chart__legend').exists()).toBe(false);
  });
});
