import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as findingsApi from '../../api/findings.ts';
import { mountInApp } from '../../test/app.ts';
import { finding, page } from '../../test/feedbackFixtures.ts';
import { meFor } from '../../test/fixtures.ts';
import WeDidView from './WeDidView.vue';

vi.mock('../../api/findings.ts');
const api = vi.mocked(findingsApi);

const searchDone = finding(
  { status: 'done', resolution: 'Roosters zijn nu vindbaar.', resolvedOn: '2026-03-10', category: 'search' },
  1,
);
const mobileDone = finding(
  {
    status: 'done',
    title: 'Menu op de telefoon',
    body: 'Het menu valt van het scherm.',
    resolution: 'Het menu past nu.',
    category: 'mobile',
    roundId: null,
    roundTitle: null,
  },
  2,
);

beforeEach(() => {
  vi.resetAllMocks();
  api.listFindings.mockResolvedValue(page([searchDone, mobileDone]));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'ambassador' | 'hr' = 'hr') {
  const mounted = await mountInApp(WeDidView, { me: meFor(role), path: '/feedback/we-did' });
  await flushPromises();
  return mounted;
}

describe('WeDidView', () => {
  it('lists what was said and what was done, grouped by category', async () => {
    const { wrapper } = await mountView();

    expect(api.listFindings).toHaveBeenCalledWith({ status: 'done', limit: 200, offset: 0 }, expect.anything());
    const groups = wrapper.findAll('[data-testid^="we-did-group-"]').map((group) => group.find('h3').text());
    expect(groups).toEqual(['Zoeken', 'Mobiel']);
    const item = wrapper.find(`[data-testid="we-did-${searchDone.id}"]`);
    expect(item.text()).toContain('Jullie zeiden:');
    expect(item.text()).toContain('Als ik op rooster zoek');
    expect(item.text()).toContain('Wij deden:');
    expect(item.find('[data-testid="we-did-resolution"]').text()).toBe('Roosters zijn nu vindbaar.');
    expect(item.text()).toContain('10 maart 2026');
  });

  it('groups by round on request, findings without a round last', async () => {
    const { wrapper } = await mountView();

    const roundButton = wrapper.findAll('[data-testid="we-did-grouping"] button').find((b) => b.text() === 'Ronde')!;
    await roundButton.trigger('click');

    const groups = wrapper.findAll('[data-testid^="we-did-group-"]').map((group) => group.find('h3').text());
    expect(groups).toEqual(['Klankbordronde 1', 'Buiten een ronde']);
  });

  it('prints the page', async () => {
    // happy-dom has no print dialog.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { wrapper } = await mountView('ambassador');

    await wrapper.find('[data-testid="we-did-print"]').trigger('click');

    expect(print).toHaveBeenCalledOnce();
  });

  it('says what will appear here while nothing is done yet', async () => {
    api.listFindings.mockResolvedValue(page([]));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="we-did-empty"]').text()).toContain('Nog niets afgerond');
    expect(wrapper.find('[data-testid="we-did-print"]').exists()).toBe(false);
  });
});
