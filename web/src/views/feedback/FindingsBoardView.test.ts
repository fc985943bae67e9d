import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, FindingListQuery } from '@ambassador/shared';
import * as findingsApi from '../../api/findings.ts';
import * as roundsApi from '../../api/roundAnswers.ts';
import { ApiError } from '../../lib/apiError.ts';
import { mountInApp } from '../../test/app.ts';
import { finding, findingId, page, roundSummary } from '../../test/feedbackFixtures.ts';
import { meFor } from '../../test/fixtures.ts';
import { chooseOption, chosenLabel, optionLabels } from '../../test/select.ts';
import FindingsBoardView from './FindingsBoardView.vue';

vi.mock('../../api/findings.ts');
vi.mock('../../api/roundAnswers.ts');
const api = vi.mocked(findingsApi);
const rounds = vi.mocked(roundsApi);

const fresh = finding({ status: 'new' }, 1);
const planned = finding({ status: 'planned', title: 'Roosters op de telefoon' }, 2);
const done = finding({ status: 'done', title: 'Nieuws bovenaan', resolution: 'Het nieuws staat nu bovenaan.' }, 3);
const history: Finding['history'] = [
  {
    from: null,
    to: 'new',
    resolution: null,
    changedAt: '2026-03-02T09:00:00.000Z',
    changedBy: { userId: '6f1c2d3e-0000-4000-8000-0000000000c1', name: 'Carla Smit' },
  },
  {
    from: 'new',
    to: 'reviewing',
    resolution: null,
    changedAt: '2026-03-03T09:00:00.000Z',
    changedBy: { userId: '6f1c2d3e-0000-4000-8000-0000000000a1', name: 'Anna de Vries' },
  },
  {
    from: 'reviewing',
    to: 'planned',
    resolution: null,
    changedAt: '2026-03-04T09:00:00.000Z',
    changedBy: { userId: '6f1c2d3e-0000-4000-8000-0000000000a1', name: 'Anna de Vries' },
  },
];

beforeEach(() => {
  vi.resetAllMocks();
  api.listFindings.mockImplementation(async (query: FindingListQuery) => {
    if (query.status === 'new') return page([fresh], 25);
    if (query.status === 'planned') return page([planned]);
    if (query.status === 'done') return page([done]);
    if (query.q !== undefined || query.status === undefined) return page([fresh, planned, done]);
    return page([]);
  });
  api.getFinding.mockImplementation(async (id: string) =>
    id === planned.id ? { ...planned, history } : { ...fresh, history: history.slice(0, 1) },
  );
  rounds.listRounds.mockResolvedValue(page([roundSummary({}, 1), roundSummary({ status: 'draft' }, 2)]));
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(FindingsBoardView, { me: meFor('admin'), path: '/feedback/findings' });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];
const panel = () => document.querySelector('[data-testid="finding-panel"]');
const inPanel = (selector: string) => document.querySelector<HTMLElement>(`[data-testid="finding-panel"] ${selector}`);

async function openCard(wrapper: Wrapper, id: string): Promise<void> {
  await wrapper.find(`[data-testid="finding-card-${id}"]`).trigger('click');
  await flushPromises();
}

describe('FindingsBoardView', () => {
  it('shows a column per status with its cards, Dubbel folded away', async () => {
    const { wrapper } = await mountView();

    for (const status of ['new', 'reviewing', 'planned', 'done', 'wont_do']) {
      expect(wrapper.find(`[data-testid="findings-column-${status}"]`).exists()).toBe(true);
    }
    expect(wrapper.find('[data-testid="findings-column-duplicate"]').exists()).toBe(false);
    const card = wrapper.find(`[data-testid="finding-card-${fresh.id}"]`);
    expect(card.element.tagName).toBe('BUTTON');
    expect(card.text()).toContain('Zoeken');
    expect(card.text()).toContain('Klankbordronde 1');
    expect(card.text()).toContain('Carla Smit');
    expect(wrapper.find('[data-testid="findings-column-new"]').text()).toContain('1 van 25');

    await wrapper.find('[data-testid="findings-fold-duplicate"]').trigger('click');
    expect(wrapper.find('[data-testid="findings-column-duplicate"]').exists()).toBe(true);
  });

  it('loads more cards into one column', async () => {
    const { wrapper } = await mountView();
    api.listFindings.mockResolvedValueOnce(page([finding({}, 4)], 25));

    await wrapper.find('[data-testid="findings-more-new"]').trigger('click');
    await flushPromises();

    expect(api.listFindings).toHaveBeenLastCalledWith({ status: 'new', limit: 20, offset: 1 }, expect.anything());
    expect(wrapper.find(`[data-testid="finding-card-${findingId(4)}"]`).exists()).toBe(true);
  });

  it('opens a card in the side panel with its history and only the moves allowed from its status', async () => {
    const { wrapper } = await mountView();
    await openCard(wrapper, planned.id);

    expect(panel()?.textContent).toContain('Als ik op rooster zoek');
    const moves = [...document.querySelectorAll('[data-testid^="finding-move-"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(moves).toEqual(['finding-move-done', 'finding-move-wont_do']);
    const historyText = inPanel('[data-testid="finding-history"]')!.textContent!;
    expect(historyText).toContain('In behandeling');
    expect(historyText).toContain('Gepland');
    expect(historyText).toContain('door Anna de Vries');
  });

  it('asks what was done before moving a finding to Gedaan', async () => {
    const moved = { ...planned, status: 'done' as const, resolution: 'Roosters staan nu in de app.', history };
    api.updateFinding.mockResolvedValue(moved);
    const { wrapper } = await mountView();
    await openCard(wrapper, planned.id);

    inPanel('[data-testid="finding-move-done"]')!.click();
    await flushPromises();
    const dialog = document.querySelector('[data-testid="finding-move-dialog"]')!;
    expect(dialog.textContent).toContain('Wat hebben we gedaan?');

    // Without a resolution nothing is sent.
    document.querySelector<HTMLFormElement>('[data-testid="finding-move-form"]')!.requestSubmit();
    await flushPromises();
    expect(api.updateFinding).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="finding-resolution-error"]')?.textContent).toContain('Schrijf op');

    const textarea = document.querySelector<HTMLTextAreaElement>('#finding-resolution')!;
    textarea.value = 'Roosters staan nu in de app.';
    textarea.dispatchEvent(new Event('input'));
    document.querySelector<HTMLFormElement>('[data-testid="finding-move-form"]')!.requestSubmit();
    await flushPromises();

    expect(api.updateFinding).toHaveBeenCalledWith(planned.id, {
      status: 'done',
      resolution: 'Roosters staan nu in de app.',
    });
    expect(wrapper.find('[data-testid="findings-column-done"]').text()).toContain('Roosters op de telefoon');
    expect(wrapper.find('[data-testid="findings-column-planned"]').text()).not.toContain('Roosters op de telefoon');
  });

  it('moves a new finding into review at once and names the allowed moves when the server refuses', async () => {
    api.updateFinding.mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'illegal_transition',
        from: 'reviewing',
        to: 'reviewing',
        allowed: ['planned'],
      }),
    );
    const { wrapper } = await mountView();
    await openCard(wrapper, fresh.id);

    const moves = [...document.querySelectorAll('[data-testid^="finding-move-"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(moves).toEqual(['finding-move-reviewing', 'finding-move-wont_do', 'finding-move-duplicate']);
    inPanel('[data-testid="finding-move-reviewing"]')!.click();
    await flushPromises();

    expect(api.updateFinding).toHaveBeenCalledWith(fresh.id, { status: 'reviewing' });
    expect(wrapper.find('[data-testid="findings-announcement"]').text()).toContain('Mogelijk vanaf hier: Gepland');
    expect(wrapper.find('[data-testid="findings-column-new"]').text()).toContain(fresh.title);
  });

  it('asks which finding a duplicate repeats', async () => {
    api.updateFinding.mockResolvedValue({ ...fresh, status: 'duplicate', duplicateOfId: planned.id, history });
    const { wrapper } = await mountView();
    await openCard(wrapper, fresh.id);

    inPanel('[data-testid="finding-move-duplicate"]')!.click();
    await flushPromises();
    expect(document.querySelector('[data-testid="finding-move-dialog"]')?.textContent).toContain('Dubbel van');
    // The candidates: every other finding that is not a duplicate itself.
    expect(api.listFindings).toHaveBeenLastCalledWith({ limit: 20 }, expect.anything());

    document.querySelector<HTMLFormElement>('[data-testid="finding-move-form"]')!.requestSubmit();
    await flushPromises();
    expect(api.updateFinding).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="finding-duplicate-of-error"]')?.textContent).toContain('Kies de');

    const select = document.querySelector<HTMLSelectElement>('select#finding-duplicate-of')!;
    expect(optionLabels(select)).toEqual([
      'Kies een bevinding',
      'Roosters op de telefoon (Gepland)',
      'Nieuws bovenaan (Gedaan)',
    ]);
    await chooseOption(select, 'Nieuws bovenaan (Gedaan)');

    // Typing searches once it pauses; a choice the new list no longer has is dropped.
    api.listFindings.mockResolvedValueOnce(page([planned]));
    const search = document.querySelector<HTMLInputElement>('#finding-duplicate-search')!;
    search.value = 'rooster';
    search.dispatchEvent(new Event('input'));
    await vi.waitFor(() =>
      expect(api.listFindings).toHaveBeenLastCalledWith({ q: 'rooster', limit: 20 }, expect.anything()),
    );
    await flushPromises();
    expect(optionLabels(select)).toEqual(['Kies een bevinding', 'Roosters op de telefoon (Gepland)']);
    expect(chosenLabel(select)).toBe('Kies een bevinding');
    document.querySelector<HTMLFormElement>('[data-testid="finding-move-form"]')!.requestSubmit();
    await flushPromises();
    expect(api.updateFinding).not.toHaveBeenCalled();

    await chooseOption(select, 'Roosters op de telefoon (Gepland)');
    document.querySelector<HTMLFormElement>('[data-testid="finding-move-form"]')!.requestSubmit();
    await flushPromises();
    expect(api.updateFinding).toHaveBeenCalledWith(fresh.id, { status: 'duplicate', duplicateOfId: planned.id });
  });
});
