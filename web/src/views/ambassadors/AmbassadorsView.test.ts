import type { AmbassadorDetail } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as departmentsApi from '../../api/departments.ts';
import { ApiError } from '../../api/http.ts';
import * as layersApi from '../../api/layers.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassador, ambassadorDetail, departments, layers, meFor } from '../../test/fixtures.ts';
import AmbassadorsView from './AmbassadorsView.vue';

vi.mock('../../api/ambassadors.ts');
vi.mock('../../api/departments.ts');
vi.mock('../../api/layers.ts');
const api = vi.mocked(ambassadorsApi);

const candidate = ambassador({ status: 'candidate' }, 1);
const onboarding = ambassador({ status: 'onboarding' }, 2);

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(departmentsApi).listDepartments.mockResolvedValue({ items: departments });
  vi.mocked(layersApi).listLayers.mockResolvedValue({ items: layers });
  api.listAmbassadors.mockResolvedValue({ items: [candidate, onboarding], total: 2, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountView() {
  const mounted = await mountInApp(AmbassadorsView, { me: meFor('admin'), path: '/ambassadors' });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountView>>['wrapper'];

const column = (wrapper: Wrapper, status: string) => wrapper.find(`[data-testid="board-column-${status}"]`);
const cardIds = (wrapper: Wrapper, status: string) =>
  column(wrapper, status)
    .findAll('[data-testid^="ambassador-card-"]')
    .map((card) => card.attributes('data-testid')!.replace('ambassador-card-', ''));

async function drag(wrapper: Wrapper, id: string, status: string) {
  await wrapper.find(`[data-testid="ambassador-card-${id}"]`).trigger('dragstart');
  await column(wrapper, status).trigger('dragover');
  await column(wrapper, status).trigger('drop');
  await flushPromises();
}

describe('AmbassadorsView', () => {
  it('shows the recruiting board with Afgewezen folded away', async () => {
    const { wrapper } = await mountView();

    const titles = () => wrapper.findAll('.board-column__title').map((title) => title.text().split(/\s+/)[0]);
    expect(titles()).toEqual(['Kandidaat', 'Uitgenodigd', 'Onboarding', 'Actief', 'Gepauzeerd', 'Alumni']);
    expect(cardIds(wrapper, 'candidate')).toEqual([candidate.id]);
    const fold = wrapper.find('[data-testid="board-fold-declined"]');
    expect(fold.text()).toBe('Afgewezen tonen (0)');
    expect(fold.attributes('aria-expanded')).toBe('false');
    await fold.trigger('click');
    expect(fold.attributes('aria-expanded')).toBe('true');
    expect(titles().at(-1)).toBe('Afgewezen');
  });

  it('moves a dragged card to the column it is dropped on', async () => {
    api.updateAmbassador.mockResolvedValue(ambassadorDetail({ status: 'active' }, 2));
    const { wrapper } = await mountView();

    await drag(wrapper, onboarding.id, 'active');

    expect(api.updateAmbassador).toHaveBeenCalledWith(onboarding.id, { status: 'active' });
    expect(cardIds(wrapper, 'active')).toEqual([onboarding.id]);
    expect(wrapper.find('[data-testid="board-announcement"]').text()).toBe('Bram Jansen 2 staat nu bij Actief.');
  });

  it('confirms a move with a toast whose Undo moves the card back', async () => {
    const active = ambassador({ status: 'active', allowedTransitions: ['paused', 'alumni'] }, 3);
    api.listAmbassadors.mockResolvedValue({ items: [active], total: 1, nextCursor: null });
    api.updateAmbassador
      .mockResolvedValueOnce(ambassadorDetail({ status: 'paused', allowedTransitions: ['active', 'alumni'] }, 3))
      .mockResolvedValueOnce(ambassadorDetail({ status: 'active', allowedTransitions: ['paused', 'alumni'] }, 3));
    const { wrapper } = await mountView();

    await drag(wrapper, active.id, 'paused');

    const toast = document.querySelector<HTMLElement>('[data-testid="board-moved-toast"]')!;
    expect(toast.textContent).toContain('Bram Jansen 3 staat nu bij Gepauzeerd.');
    document.querySelector<HTMLButtonElement>('[data-testid="board-undo"]')!.click();
    await flushPromises();

    expect(api.updateAmbassador).toHaveBeenLastCalledWith(active.id, { status: 'active' });
    expect(cardIds(wrapper, 'active')).toEqual([active.id]);
    expect(wrapper.find('[data-testid="board-announcement"]').text()).toBe(
      'Teruggezet: Bram Jansen 3 staat weer bij Actief.',
    );
  });

  it('says why a move cannot be undone when the way back is not allowed', async () => {
    api.updateAmbassador.mockResolvedValue(ambassadorDetail({ status: 'active' }, 2));
    const { wrapper } = await mountView();

    await drag(wrapper, onboarding.id, 'active');

    expect(document.querySelector('[data-testid="board-undo"]')).toBeNull();
    expect(document.querySelector('[data-testid="board-no-undo"]')!.textContent).toBe(
      'Ongedaan maken kan niet: van Actief gaat niet terug naar Onboarding.',
    );
  });

  it('snaps a refused drag back and names the statuses that are possible', async () => {
    api.updateAmbassador.mockRejectedValue(
      new ApiError({ status: 409, code: 'illegal_transition', allowed: ['onboarding', 'declined'] }),
    );
    api.getAmbassador.mockResolvedValue(ambassadorDetail({ status: 'invited' }, 1) as AmbassadorDetail);
    const { wrapper } = await mountView();

    await drag(wrapper, candidate.id, 'invited');

    expect(api.updateAmbassador).toHaveBeenCalledWith(candidate.id, { status: 'invited' });
    expect(wrapper.find('[data-testid="board-announcement"]').text()).toBe(
      'Bram Jansen 1 kan niet van Kandidaat naar Uitgenodigd. Wel mogelijk: Onboarding of Afgewezen.',
    );
  });

  it('does not ask the server for a move the card cannot make', async () => {
    const { wrapper } = await mountView();

    await drag(wrapper, candidate.id, 'active');

    expect(api.updateAmbassador).not.toHaveBeenCalled();
    expect(cardIds(wrapper, 'candidate')).toEqual([candidate.id]);
    expect(wrapper.find('[data-testid="board-announcement"]').text()).toBe(
      'Bram Jansen 1 kan niet van Kandidaat naar Actief. Wel mogelijk: Uitgenodigd, Onboarding of Afgewezen.',
    );
  });

  it('explains ambassadors on an empty board and points to adding a candidate or to Dekking', async () => {
    api.listAmbassadors.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await mountView();

    const empty = wrapper.find('[data-testid="ambassadors-empty"]');
    expect(empty.text()).toContain('Nog geen ambassadeurs');
    expect(empty.find('a[href="/coverage"]').text()).toContain('Naar Dekking');
    expect(empty.text()).toContain('Kandidaat toevoegen');
    expect(wrapper.find('[data-testid="ambassador-board"]').exists()).toBe(false);
  });

  it('says so when the board cannot be loaded', async () => {
    api.listAmbassadors.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await mountView();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('De ambassadeurs konden niet worden geladen.');
  });
});
