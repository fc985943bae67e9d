import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as roundsApi from '../../api/feedbackRounds.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { roundId, roundSummary } from '../../test/roundFixtures.ts';
import RoundsView from './RoundsView.vue';

vi.mock('../../api/feedbackRounds.ts');
const api = vi.mocked(roundsApi);

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'hr' = 'admin') {
  const mounted = await mountInApp(RoundsView, { me: meFor(role), path: '/feedback/rounds' });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

describe('RoundsView', () => {
  it('lists the rounds with status, purpose and participation in words', async () => {
    api.listRounds.mockResolvedValue({
      items: [
        roundSummary(),
        roundSummary(
          { status: 'draft', purpose: 'pulse', participantCount: 0, respondedCount: 0, opensAt: null, closesAt: null },
          2,
        ),
      ],
      total: 2,
      nextCursor: null,
    });
    const { wrapper } = await mountView();

    expect(api.listRounds).toHaveBeenCalledWith({ limit: 20, offset: 0 }, expect.anything());
    const rows = wrapper.findAll('[data-testid="rounds-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('Keuze intranetleverancier 1');
    expect(rows[0]!.text()).toContain('Leverancierskeuze');
    expect(rows[0]!.find('[data-testid="round-status-open"]').text()).toBe('Open');
    expect(wrapper.find(`[data-testid="round-participation-${roundId(1)}"]`).text()).toBe('3 van 8 (37,5%)');
    expect(rows[1]!.find('[data-testid="round-status-draft"]').text()).toBe('Concept');
    expect(rows[1]!.text()).toContain('Geen data gepland');
    // Admins open the round; a draft has no results yet.
    expect(wrapper.find(`[data-testid="round-link-${roundId(1)}"]`).attributes('href')).toBe(
      `/feedback/rounds/${roundId(1)}`,
    );
    expect(wrapper.find(`[data-testid="round-results-${roundId(1)}"]`).exists()).toBe(true);
    expect(wrapper.find(`[data-testid="round-results-${roundId(2)}"]`).exists()).toBe(false);
  });

  it('gives HR the results, not the round page, and no button to start a round', async () => {
    api.listRounds.mockResolvedValue({ items: [roundSummary()], total: 1, nextCursor: null });
    const { wrapper } = await mountView('hr');

    expect(wrapper.find(`[data-testid="round-link-${roundId(1)}"]`).exists()).toBe(false);
    expect(wrapper.find(`[data-testid="round-title-${roundId(1)}"]`).text()).toBe('Keuze intranetleverancier 1');
    expect(wrapper.find(`[data-testid="round-results-${roundId(1)}"]`).attributes('href')).toBe(
      `/feedback/rounds/${roundId(1)}/results`,
    );
    expect(wrapper.find('[data-testid="round-new"]').exists()).toBe(false);
  });

  it('says what to do when there are no rounds yet', async () => {
    api.listRounds.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountView();

    const empty = wrapper.find('[data-testid="rounds-empty"]');
    expect(empty.text()).toContain('Er zijn nog geen rondes.');
    expect(empty.find('[data-testid="rounds-empty-new"]').attributes('href')).toBe('/feedback/rounds/new');
  });

  it('tells HR who holds rounds when there are none', async () => {
    api.listRounds.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountView('hr');

    expect(wrapper.find('[data-testid="rounds-empty"]').text()).toContain('communicatiemanager');
    expect(wrapper.find('[data-testid="rounds-empty-new"]').exists()).toBe(false);
  });

  it('shows the error with a retry that asks again', async () => {
    api.listRounds.mockRejectedValueOnce(new ApiError({ status: 503, code: 'database_unavailable' }));
    api.listRounds.mockResolvedValue({ items: [roundSummary()], total: 1, nextCursor: null });
    const { wrapper } = await mountView();

    const error = wrapper.find('[data-testid="load-error"]');
    expect(error.text()).toContain('De rondes konden niet worden geladen.');
    await error.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="load-error"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="rounds-table"] tbody tr')).toHaveLength(1);
  });
});
