import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as reportsApi from '../../api/training-reports.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { cascade, trainerIds } from '../../test/trainingReportFixtures.ts';
import CascadeView from './CascadeView.vue';

vi.mock('../../api/training-reports.ts');
const api = vi.mocked(reportsApi);

beforeEach(() => {
  vi.resetAllMocks();
  api.getTrainingCascade.mockResolvedValue(cascade());
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const { wrapper } = await mountInApp(CascadeView, { me: meFor(role), path: '/training/cascade' });
  await flushPromises();
  return wrapper;
}

const root = 'user:6f1c2d3e-0000-4000-8000-0000000000a1';
const fatima = `${root}>ambassador:${trainerIds.fatima}`;
const joost = `${fatima}>ambassador:${trainerIds.joost}`;

/** The rows of a tree table as "level name", as a screen reader walks them. */
function rows(wrapper: VueWrapper, testid: string): string[] {
  return wrapper
    .find(`[data-testid="${testid}"]`)
    .findAll('tr[role="row"][aria-level]')
    .map((row) => `${row.attributes('aria-level')} ${row.find('td').text().replace(/\s+/g, ' ').trim()}`);
}

describe('CascadeView', () => {
  it('shows the trainers of trainers with the ambassadors they certified, one level open', async () => {
    const wrapper = await mountView();

    expect(rows(wrapper, 'cascade-tree')).toEqual(['1 Anna de Vries, Communicatieteam', '2 Fatima el Amrani']);
    const fatimaRow = wrapper.find(`[data-testid="cascade-node-${fatima}"]`).element.closest('tr')!;
    expect(fatimaRow.getAttribute('aria-expanded')).toBe('false');
    expect(fatimaRow.textContent).toContain('Wonen en Zorg / De Linde / Afdeling Beuk');
    expect(fatimaRow.textContent).toContain('3 feb 2026');
    expect(wrapper.find(`[data-testid="cascade-sessions-${fatima}"]`).text()).toBe('3');
    expect(wrapper.find(`[data-testid="cascade-trained-${fatima}"]`).text()).toBe('31');
  });

  it('opens the ambassadors an ambassador certified in turn', async () => {
    const wrapper = await mountView();

    await wrapper.find('[data-testid="cascade-expand-all"]').trigger('click');

    expect(rows(wrapper, 'cascade-tree')).toEqual([
      '1 Anna de Vries, Communicatieteam',
      '2 Fatima el Amrani',
      '3 Joost de Wit',
    ]);
    expect(wrapper.find(`[data-testid="cascade-trained-${joost}"]`).text()).toBe('8');
  });

  it('unfolds how many colleagues a trainer trained per department', async () => {
    const wrapper = await mountView();

    const toggle = wrapper.find(`[data-testid="cascade-counts-toggle-${fatima}"]`);
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.attributes('aria-label')).toBe('Per afdeling: getrainde collega’s van Fatima el Amrani');
    await toggle.trigger('click');

    expect(toggle.attributes('aria-expanded')).toBe('true');
    const counts = wrapper.find(`[data-testid="cascade-counts-${fatima}"]`);
    expect(counts.findAll('li').map((item) => item.text().replace(/\s+/g, ' '))).toEqual([
      'Wonen en Zorg / De Linde / Afdeling Beuk: 27',
      'Wonen en Zorg / De Linde / Afdeling Eik: 4',
    ]);
  });

  it('keeps the ambassadors who trained without a certificate apart, and shows the totals', async () => {
    const wrapper = await mountView('hr');

    const uncertified = wrapper.find('[data-testid="cascade-uncertified"]');
    expect(uncertified.find('h3').text()).toBe('Niet gecertificeerd');
    expect(rows(wrapper, 'cascade-uncertified')).toEqual(['1 Karin Hoekstra, Niet gecertificeerd']);
    expect(wrapper.find('[data-testid="cascade-tree"]').text()).not.toContain('Karin Hoekstra');
    expect(wrapper.find('[data-testid="cascade-total-trainers"]').text()).toBe('2');
    expect(wrapper.find('[data-testid="cascade-total-trained"]').text()).toBe('45');
    expect(wrapper.find('[data-testid="cascade-total-uncertified"]').text()).toBe('1');
  });

  it('says the cascade starts with the first completed train-the-trainer session', async () => {
    api.getTrainingCascade.mockResolvedValue(
      cascade({ roots: [], uncertified: [], totals: { certifiedTrainers: 0, colleaguesTrained: 0 } }),
    );
    const wrapper = await mountView();

    expect(wrapper.find('[data-testid="cascade-empty"]').text()).toContain('Nog geen trainers opgeleid');
    expect(wrapper.find('[data-testid="cascade-tree"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="cascade-uncertified"]').exists()).toBe(false);
  });
});
