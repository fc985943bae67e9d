import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoundListQuery } from '@ambassador/shared';
import * as roundsApi from '../../api/roundAnswers.ts';
import { mountInApp } from '../../test/app.ts';
import { page, roundSummary } from '../../test/feedbackFixtures.ts';
import { meFor } from '../../test/fixtures.ts';
import MyRoundsView from './MyRoundsView.vue';

vi.mock('../../api/roundAnswers.ts');
const api = vi.mocked(roundsApi);

const answered = roundSummary(
  {
    title: 'Pulse maart',
    myParticipation: { invitedAt: null, remindedAt: null, respondedAt: '2026-03-04T10:00:00.000Z' },
  },
  1,
);
const todo = roundSummary({ title: 'Leverancierskeuze', closesAt: '2099-04-01T17:00:00.000Z' }, 2);
const closed = roundSummary({ title: 'Pilot januari', status: 'closed', closedAt: '2026-01-31T17:00:00.000Z' }, 3);

beforeEach(() => {
  vi.resetAllMocks();
  api.listRounds.mockImplementation(async (query: RoundListQuery) =>
    query.status === 'open' ? page([answered, todo]) : page([closed], 11),
  );
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(MyRoundsView, { me: meFor('ambassador'), path: '/feedback/my-rounds' });
  await flushPromises();
  return mounted;
}

describe('MyRoundsView', () => {
  it('puts the open rounds she has not answered first, then the closed ones', async () => {
    const { wrapper } = await mountView();

    const open = wrapper.findAll('[data-testid="my-rounds-open"] h3').map((title) => title.text());
    expect(open).toEqual(['Leverancierskeuze', 'Pulse maart']);
    expect(wrapper.find(`[data-testid="my-round-${todo.id}"] [data-testid="my-round-todo"]`).exists()).toBe(true);
    expect(wrapper.find(`[data-testid="my-round-action-${todo.id}"]`).text()).toContain('Beantwoorden');
    expect(wrapper.find(`[data-testid="my-round-action-${answered.id}"]`).text()).toContain('Antwoorden wijzigen');
    expect(wrapper.find(`[data-testid="my-round-action-${todo.id}"]`).attributes('href')).toBe(
      `/feedback/rounds/${todo.id}/answer`,
    );
    expect(wrapper.find('[data-testid="my-rounds-closed"]').text()).toContain('Pilot januari');
    expect(wrapper.find(`[data-testid="my-round-action-${closed.id}"]`).text()).toContain('Bekijken');
  });

  it('loads more closed rounds on request', async () => {
    const { wrapper } = await mountView();
    expect(wrapper.find('[data-testid="my-rounds-shown"]').text()).toBe('1 van 11');
    api.listRounds.mockResolvedValueOnce(page([roundSummary({ status: 'closed', title: 'Pilot december' }, 4)], 11));

    await wrapper.find('[data-testid="my-rounds-more"]').trigger('click');
    await flushPromises();

    expect(api.listRounds).toHaveBeenLastCalledWith({ status: 'closed', limit: 10, offset: 1 }, expect.anything());
    expect(wrapper.find('[data-testid="my-rounds-closed"]').text()).toContain('Pilot december');
  });

  it('says what happens next when she has no rounds', async () => {
    api.listRounds.mockImplementation(async () => page([]));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="my-rounds-empty"]').text()).toContain('Nog geen rondes');
  });

  it('offers a retry when her rounds cannot be loaded', async () => {
    api.listRounds.mockRejectedValue(new Error('offline'));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Je rondes konden niet worden geladen');
  });
});
