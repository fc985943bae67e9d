import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '@ambassador/shared';
import { createAppI18n } from '../../../i18n/index.ts';
import ScoreOptionsInput from './ScoreOptionsInput.vue';

function mountAt(wide: boolean, modelValue: AnswerValue | undefined = undefined) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: wide, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
  return mount(ScoreOptionsInput, {
    props: {
      name: 'q6',
      options: ['Leverancier A', 'Leverancier B', 'Leverancier C'],
      criteria: ['Gebruiksgemak', 'Mobiel'],
      testid: 'score',
      modelValue,
    },
    global: { plugins: [createAppI18n('nl')] },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScoreOptionsInput', () => {
  it('shows one option at a time on a phone, with buttons to the others', async () => {
    const wrapper = mountAt(false);

    expect(wrapper.findAll('[data-testid^="score-option-"]')).toHaveLength(1);
    expect(wrapper.find('legend').text()).toContain('Leverancier A');
    expect(wrapper.text()).toContain('Optie 1 van 3');
    expect(wrapper.find('[data-testid="score-previous-option"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-testid="score-next-option"]').trigger('click');
    expect(wrapper.find('legend').text()).toContain('Leverancier B');
    expect(wrapper.text()).toContain('Optie 2 van 3');
  });

  it('shows every option side by side on a wide screen', () => {
    const wrapper = mountAt(true);

    expect(wrapper.findAll('[data-testid^="score-option-"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="score-next-option"]').exists()).toBe(false);
  });

  it('adds a score to the sheet and counts the scores given', async () => {
    const wrapper = mountAt(true, { 'Leverancier A': { Gebruiksgemak: 4 } });
    expect(wrapper.find('[data-testid="score-count"]').text()).toBe('1 van 6 scores gegeven');

    await wrapper.find('[data-testid="score-1-1-2"]').setValue(true);

    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([
      { 'Leverancier A': { Gebruiksgemak: 4 }, 'Leverancier B': { Mobiel: 2 } },
    ]);
  });
});
