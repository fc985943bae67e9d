import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as findingsApi from '../../api/findings.ts';
import * as roundsApi from '../../api/roundAnswers.ts';
import { mountInApp } from '../../test/app.ts';
import { finding, page, roundId, roundSummary } from '../../test/feedbackFixtures.ts';
import { meFor } from '../../test/fixtures.ts';
import MyFindingsView from './MyFindingsView.vue';

vi.mock('../../api/findings.ts');
vi.mock('../../api/roundAnswers.ts');
const api = vi.mocked(findingsApi);
const rounds = vi.mocked(roundsApi);

const open = finding({ mine: true, raisedBy: undefined, status: 'reviewing' }, 1);
const done = finding(
  { mine: true, raisedBy: undefined, status: 'done', title: 'Menu', resolution: 'Het menu is aangepast.' },
  2,
);
const wontDo = finding(
  {
    mine: true,
    raisedBy: undefined,
    status: 'wont_do',
    title: 'Donker thema',
    resolution: 'Past niet in de huisstijl.',
  },
  3,
);

beforeEach(() => {
  vi.resetAllMocks();
  api.listFindings.mockResolvedValue(page([open, done, wontDo]));
  rounds.listRounds.mockResolvedValue(page([roundSummary({}, 1)]));
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(MyFindingsView, { me: meFor('ambassador'), path: '/feedback/my-findings' });
  await flushPromises();
  return mounted;
}

describe('MyFindingsView', () => {
  it('lists her findings with their status, and what became of the settled ones', async () => {
    const { wrapper } = await mountView();

    expect(api.listFindings).toHaveBeenCalledWith({ mine: true, limit: 20, offset: 0 }, expect.anything());
    const first = wrapper.find(`[data-testid="my-finding-${open.id}"]`);
    expect(first.find('[data-testid="finding-status-reviewing"]').text()).toBe('In behandeling');
    expect(first.find('[data-testid="my-finding-resolution"]').exists()).toBe(false);

    const second = wrapper.find(`[data-testid="my-finding-${done.id}"]`);
    expect(second.find('[data-testid="my-finding-resolution"]').text()).toContain('Wat we hebben gedaan');
    expect(second.find('[data-testid="my-finding-resolution"]').text()).toContain('Het menu is aangepast.');

    const third = wrapper.find(`[data-testid="my-finding-${wontDo.id}"]`);
    expect(third.find('[data-testid="finding-status-wont_do"]').text()).toBe('Niet doen');
    expect(third.find('[data-testid="my-finding-resolution"]').text()).toContain('Waarom we het niet doen');
  });

  it('invites her to report a finding when she has none', async () => {
    api.listFindings.mockResolvedValue(page([]));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="my-findings-empty"]').text()).toContain('nog niets gemeld');
    expect(wrapper.find('[data-testid="my-findings-add-empty"]').exists()).toBe(true);
  });

  it('reports a finding from a round she takes part in and shows it on top', async () => {
    const created = finding({ mine: true, raisedBy: undefined, title: 'Zoeken is traag' }, 9);
    api.createFinding.mockResolvedValue(created);
    const { wrapper } = await mountView();

    await wrapper.find('[data-testid="my-findings-add"]').trigger('click');
    await flushPromises();
    expect(rounds.listRounds).toHaveBeenCalled();

    // Nothing filled in: both required fields say so and nothing is sent.
    document.querySelector<HTMLFormElement>('[data-testid="new-finding-form"]')!.requestSubmit();
    await flushPromises();
    expect(api.createFinding).not.toHaveBeenCalled();
    expect(document.querySelector('[data-testid="finding-title-error"]')?.textContent).toContain('titel');
    expect(document.querySelector('[data-testid="finding-body-error"]')?.textContent).toContain('Beschrijf');

    const title = document.querySelector<HTMLInputElement>('#finding-title')!;
    title.value = 'Zoeken is traag';
    title.dispatchEvent(new Event('input'));
    const body = document.querySelector<HTMLTextAreaElement>('#finding-body')!;
    body.value = 'Het duurt tien seconden.';
    body.dispatchEvent(new Event('input'));
    document.querySelector<HTMLFormElement>('[data-testid="new-finding-form"]')!.requestSubmit();
    await flushPromises();

    expect(api.createFinding).toHaveBeenCalledWith({ title: 'Zoeken is traag', body: 'Het duurt tien seconden.' });
    expect(wrapper.findAll('[data-testid^="my-finding-"]')[0]!.text()).toContain('Zoeken is traag');
    expect(roundId(1)).toBeTruthy();
  });
});
