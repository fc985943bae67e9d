import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n } from '../../i18n/index.ts';
import RouteProgress from './RouteProgress.vue';

function mountBar(active: boolean, locale: 'nl' | 'en' = 'nl') {
  return mount(RouteProgress, { props: { active }, global: { plugins: [createAppI18n(locale)] } });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RouteProgress', () => {
  it('shows nothing for a page that loads within 200 ms', async () => {
    const wrapper = mountBar(true);
    await vi.advanceTimersByTimeAsync(150);
    await wrapper.setProps({ active: false });
    await vi.advanceTimersByTimeAsync(500);

    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);
  });

  it('shows a labelled progress bar while a page takes longer, and hides it when done', async () => {
    const wrapper = mountBar(true);
    await vi.advanceTimersByTimeAsync(250);

    const bar = wrapper.find('[role="progressbar"]');
    expect(bar.exists()).toBe(true);
    expect(bar.attributes('aria-label')).toBe('Pagina wordt geladen');
    expect(bar.attributes('aria-busy')).toBe('true');

    await wrapper.setProps({ active: false });
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);
  });

  it('names itself in English for English users', async () => {
    const wrapper = mountBar(true, 'en');
    await vi.advanceTimersByTimeAsync(250);
    expect(wrapper.find('[role="progressbar"]').attributes('aria-label')).toBe('Loading page');
  });

  it('starts counting again for each load', async () => {
    const wrapper = mountBar(false);
    await wrapper.setProps({ active: true });
    await vi.advanceTimersByTimeAsync(199);
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(true);
  });

  it('stops its animation for people who prefer reduced motion', () => {
    const controlsSource = readFileSync(path.join(import.meta.dirname, '../../styles/plain-controls.css'), 'utf8');
    // happy-dom evaluates no media queries, so the stylesheet of its bar (plain-progressbar) is checked.
    const reduced =
      /@media \(prefers-reduced-motion: reduce\)\s*{\s*\.plain-progressbar__bar\s*{([^}]*})/.exec(
        controlsSource,
      )?.[1] ?? '';
    expect(reduced).toMatch(/animation:\s*none/);
  });
});
