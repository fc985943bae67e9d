import type { ContentImportResult, ContentItem } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import ToastRegion from '../../components/common/ToastRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import * as contentApi from '../../api/content.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassador, meFor } from '../../test/fixtures.ts';
import ContentRegisterView from './ContentRegisterView.vue';

vi.mock('../../api/content.ts');
vi.mock('../../api/ambassadors.ts');
const api = vi.mocked(contentApi);

const itemId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000007${String(n).padStart(2, '0')}`;

function item(overrides: Partial<ContentItem> = {}, n = 1): ContentItem {
  return {
    id: itemId(n),
    title: `Pagina ${n}`,
    section: 'HR',
    url: `https://intranet.horizon.nl/pagina-${n}`,
    ownerAmbassadorId: ambassador().id,
    ownerName: 'Bram Jansen 1',
    status: 'keep',
    reviewIntervalDays: 180,
    lastReviewedOn: '2026-01-10',
    nextReviewDue: '2026-07-09',
    overdue: false,
    mine: false,
    createdAt: '2025-12-01T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

const page = (items: ContentItem[]) => ({ items, total: items.length, nextCursor: null });

const rooster = item(
  {
    title: 'Roosters inzien',
    section: 'Roosters',
    lastReviewedOn: '2025-03-01',
    nextReviewDue: '2025-08-28',
    overdue: true,
  },
  1,
);
const verlof = item({ title: 'Verlof aanvragen', section: 'HR' }, 2);
const losse = item({ title: 'Welkom', section: null, url: null, ownerAmbassadorId: null, ownerName: null }, 3);

function importResult(overrides: Partial<ContentImportResult> = {}): ContentImportResult {
  return { dryRun: true, created: 12, updated: 3, unchanged: 40, errors: [], ...overrides };
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listContentItems.mockResolvedValue(page([rooster, verlof, losse]));
  vi.mocked(ambassadorsApi).listAmbassadors.mockResolvedValue({ items: [ambassador()], total: 1, nextCursor: null });
});

/** Unmounted after each test: a ConfirmRegion or ToastRegion left mounted would answer in the next test too. */
let unmount: (() => void) | null = null;

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function mountView(role: 'admin' | 'ambassador' | 'hr' = 'admin', path = '/feedback/content') {
  const mounted = await mountInApp(
    {
      components: { ContentRegisterView, ConfirmRegion, ToastRegion },
      template: '<ContentRegisterView /><ConfirmRegion /><ToastRegion />',
    },
    { me: meFor(role), path },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

describe('ContentRegisterView', () => {
  it('groups the pages by section, A–Z with the pages without a section last, and marks the overdue ones', async () => {
    const { wrapper } = await mountView();

    expect(api.listContentItems).toHaveBeenCalledWith({ limit: 50, offset: 0 }, expect.anything());
    const groups = wrapper.findAll('[data-testid="content-group"]');
    expect(groups.map((group) => group.find('[data-testid="content-group-name"]').text())).toEqual([
      'HR',
      'Roosters',
      'Zonder sectie',
    ]);
    expect(groups[1]!.text()).toContain('1 te laat');
    const overdueRow = wrapper.find(`[data-testid="content-item-${rooster.id}"]`);
    expect(overdueRow.find('[data-testid="content-overdue"]').text()).toBe('Te laat');
    expect(wrapper.find(`[data-testid="content-item-${verlof.id}"] [data-testid="content-overdue"]`).exists()).toBe(
      false,
    );
    const link = overdueRow.find('a');
    expect(link.attributes('href')).toBe(rooster.url);
    expect(link.attributes('target')).toBe('_blank');
    expect(link.attributes('rel')).toContain('noopener');
    expect(overdueRow.find('[data-testid="content-status-keep"]').text()).toBe('Behouden');
    expect(wrapper.find(`[data-testid="content-item-${losse.id}"]`).text()).toContain('Geen eigenaar');
  });

  it('opens filtered when a link asks for the overdue pages, or an ambassador for her own', async () => {
    await mountView('admin', '/feedback/content?overdue');
    expect(api.listContentItems).toHaveBeenCalledTimes(1);
    expect(api.listContentItems).toHaveBeenCalledWith({ limit: 50, offset: 0, overdue: true }, expect.anything());
    unmount?.();
    await mountView('ambassador', '/feedback/content?mine=1');
    expect(api.listContentItems).toHaveBeenLastCalledWith({ limit: 50, offset: 0, mine: true }, expect.anything());
  });

  it('folds a section away and out again', async () => {
    const { wrapper } = await mountView();
    const toggle = wrapper.findAll('[data-testid="content-group-toggle"]')[0]!;
    expect(toggle.attributes('aria-expanded')).toBe('true');

    await toggle.trigger('click');

    expect(toggle.attributes('aria-expanded')).toBe('false');
    const rows = wrapper.find(`#${toggle.attributes('aria-controls')}`);
    expect((rows.element as HTMLElement).style.display).toBe('none');
  });

  it('marks a page reviewed through the store and shows the new dates in its row', async () => {
    api.reviewContentItem.mockResolvedValue({
      ...rooster,
      lastReviewedOn: '2026-12-05',
      nextReviewDue: '2027-06-03',
      overdue: false,
    });
    const { wrapper } = await mountView();
    const row = () => wrapper.find(`[data-testid="content-item-${rooster.id}"]`);

    await row().find('[data-testid="content-review"]').trigger('click');
    await flushPromises();

    expect(api.reviewContentItem).toHaveBeenCalledWith(rooster.id);
    expect(row().find('[data-testid="content-last-reviewed"]').text()).toBe('5 dec 2026');
    expect(row().find('[data-testid="content-next-review"]').text()).toBe('3 jun 2027');
    expect(row().find('[data-testid="content-overdue"]').exists()).toBe(false);
    expect(document.body.textContent).toContain('Nagekeken: Roosters inzien.');
    // The page keeps its place; the list is not read again.
    expect(api.listContentItems).toHaveBeenCalledTimes(1);
  });

  it('deletes a page after one confirmation and reads the register again', async () => {
    api.deleteContentItem.mockResolvedValue(undefined);
    const { wrapper } = await mountView();

    await wrapper.find(`[data-testid="content-item-${verlof.id}"] [data-testid="content-delete"]`).trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Verlof aanvragen uit het register verwijderen?');
    expect(api.deleteContentItem).not.toHaveBeenCalled();
    [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Verwijderen')!.click();
    await flushPromises();

    expect(api.deleteContentItem).toHaveBeenCalledWith(verlof.id);
    expect(api.listContentItems).toHaveBeenCalledTimes(2);
  });

  it('lets an ambassador review only her own pages and filter on them, without admin actions', async () => {
    api.listContentItems.mockResolvedValue(page([{ ...rooster, mine: true }, verlof]));
    const { wrapper } = await mountView('ambassador');

    expect(wrapper.find('[data-testid="content-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="content-edit"]').exists()).toBe(false);
    expect(wrapper.find(`[data-testid="content-item-${rooster.id}"] [data-testid="content-review"]`).exists()).toBe(
      true,
    );
    expect(wrapper.find(`[data-testid="content-item-${verlof.id}"] [data-testid="content-review"]`).exists()).toBe(
      false,
    );

    await wrapper.find('#content-filter-mine').setValue(true);
    await flushPromises();

    expect(api.listContentItems).toHaveBeenLastCalledWith({ limit: 50, offset: 0, mine: true }, expect.anything());
  });

  it('says so when the register is empty, and when loading fails', async () => {
    api.listContentItems.mockResolvedValueOnce(page([]));
    const { wrapper } = await mountView('hr');
    expect(wrapper.find('[data-testid="content-empty"]').text()).toContain('Het register is nog leeg');

    api.listContentItems.mockRejectedValueOnce(new Error('boom'));
    unmount?.();
    document.body.innerHTML = '';
    const failed = await mountView('hr');
    expect(failed.wrapper.find('[data-testid="load-error"]').exists()).toBe(true);
  });
});

describe('ContentRegisterView import', () => {
  const file = new File(['titel;sectie\nRoosters;HR\n'], 'paginas.csv', { type: 'text/csv' });

  async function chooseAndCheck() {
    const mounted = await mountView();
    await mounted.wrapper.find('[data-testid="content-import"]').trigger('click');
    await flushPromises();
    const input = document.querySelector<HTMLInputElement>('[data-testid="content-import-file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="content-import-check"]')!.click();
    await flushPromises();
    return mounted;
  }

  it('shows the errors of the dry run by line and does not let the file be imported', async () => {
    api.importContentItems.mockResolvedValue(
      importResult({
        errors: [
          { line: 9, column: 'url', code: 'invalid_url', message: 'Not a web address: "intranet/roosters"' },
          { line: 4, column: null, code: 'missing_title', message: 'The title is missing' },
        ],
      }),
    );
    await chooseAndCheck();

    expect(api.importContentItems).toHaveBeenCalledWith(file, { dryRun: true });
    const rows = [...document.querySelectorAll('[data-testid="content-import-errors"] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['4', 'Hele regel', 'The title is missing'],
      ['9', 'url', 'Not a web address: "intranet/roosters"'],
    ]);
    expect(document.querySelector('[data-testid="content-import-has-errors"]')!.textContent).toContain(
      'Het bestand bevat 2 fouten.',
    );
    expect(document.querySelector<HTMLButtonElement>('[data-testid="content-import-apply"]')!.disabled).toBe(true);
  });

  it('shows the counts of a clean dry run, and imports on confirm', async () => {
    api.importContentItems.mockResolvedValueOnce(importResult()).mockResolvedValueOnce(importResult({ dryRun: false }));
    await chooseAndCheck();

    expect(document.querySelector('[data-testid="content-import-count-created"]')!.textContent).toBe('12');
    expect(document.querySelector('[data-testid="content-import-count-updated"]')!.textContent).toBe('3');
    document.querySelector<HTMLButtonElement>('[data-testid="content-import-apply"]')!.click();
    await flushPromises();

    expect(api.importContentItems).toHaveBeenLastCalledWith(file, { dryRun: false });
    expect(document.querySelector('[data-testid="content-import-done"]')!.textContent).toContain('De import is klaar.');
    // The register is read again with what was imported.
    expect(api.listContentItems).toHaveBeenCalledTimes(2);
  });
});
