import type { AuditEvent } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as auditApi from '../../api/audit.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { chooseOption } from '../../test/select.ts';
import AuditView from './AuditView.vue';

vi.mock('../../api/audit.ts');
const api = vi.mocked(auditApi);

const admin = { id: '6f1c2d3e-0000-4000-8000-0000000000a1', name: 'Carla Communicatie' };
const renamed: AuditEvent = {
  id: '6f1c2d3e-0000-4000-8000-000000000b01',
  at: '2026-03-02T09:15:00.000Z',
  actor: admin,
  actorKind: 'user',
  action: 'update',
  entity: 'department',
  entityId: '6f1c2d3e-0000-4000-8000-000000000d01',
  changes: { name: { before: 'Thuiszorg Noord', after: 'Thuiszorg Zuid' } },
  route: 'PATCH /api/v1/departments/:id',
};
const passwordChanged: AuditEvent = {
  id: '6f1c2d3e-0000-4000-8000-000000000b02',
  at: '2026-03-02T09:10:00.000Z',
  actor: null,
  actorKind: 'system',
  action: 'update',
  entity: 'user',
  entityId: '6f1c2d3e-0000-4000-8000-000000000c01',
  changes: { password_hash: { hidden: true } },
  route: null,
};

async function openAudit() {
  const mounted = await mountInApp(AuditView, { me: meFor('admin'), path: '/settings/audit' });
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listAuditEvents.mockResolvedValue({ items: [renamed, passwordChanged], total: 2, nextCursor: null });
  api.listAuditEntities.mockResolvedValue({ items: ['department', 'user'] });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AuditView', () => {
  it('shows who did what to which record, with the values before and after; a hidden value without it', async () => {
    const { wrapper } = await openAudit();

    expect(api.listAuditEvents).toHaveBeenCalledWith({ limit: 25, offset: 0 }, expect.anything());
    const rows = wrapper.findAll('[data-testid="audit-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('Carla Communicatie');
    expect(rows[0]!.text()).toContain('Gewijzigd');
    expect(rows[0]!.text()).toContain('Afdeling');
    expect(rows[0]!.find('del').text()).toBe('Thuiszorg Noord');
    expect(rows[0]!.find('ins').text()).toBe('Thuiszorg Zuid');
    expect(rows[1]!.text()).toContain('Systeem');
    expect(rows[1]!.text()).toContain('gewijzigd (waarde niet bewaard)');
    expect(wrapper.find('[data-testid="audit-total"]').text()).toBe('2 gebeurtenissen');
  });

  it('filters by record type, period, person and one record’s history, starting again at the first page', async () => {
    const { wrapper } = await openAudit();

    await chooseOption(wrapper.get('select#audit-entity'), 'Afdeling');
    await flushPromises();
    expect(api.listAuditEvents).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, entity: 'department' },
      expect.anything(),
    );

    await wrapper.find('[data-testid="audit-from"]').setValue('2026-03-01');
    await flushPromises();
    const from = new Date(2026, 2, 1).toISOString();
    expect(api.listAuditEvents).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, entity: 'department', from },
      expect.anything(),
    );

    await wrapper.find('[data-testid="audit-actor"]').trigger('click');
    await flushPromises();
    expect(api.listAuditEvents).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, entity: 'department', from, actorId: admin.id },
      expect.anything(),
    );
    expect(wrapper.find('[data-testid="audit-chips"]').text()).toContain('Alleen Carla Communicatie');

    await wrapper.find('[data-testid="audit-record"]').trigger('click');
    await flushPromises();
    expect(api.listAuditEvents).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, entity: 'department', entityId: renamed.entityId, from, actorId: admin.id },
      expect.anything(),
    );
  });

  it('downloads the filtered log as CSV', async () => {
    api.downloadAuditCsv.mockResolvedValue({ blob: new Blob(['a;b']), filename: 'audit-2026-03-02.csv' });
    const createObjectURL = vi.fn(() => 'blob:audit');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { wrapper } = await openAudit();
    await chooseOption(wrapper.get('select#audit-entity'), 'Gebruiker');
    await flushPromises();

    await wrapper.find('[data-testid="audit-download"]').trigger('click');
    await flushPromises();
    expect(api.downloadAuditCsv).toHaveBeenCalledWith({ entity: 'user' });
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('tells an empty log from an empty filter', async () => {
    api.listAuditEvents.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await openAudit();
    expect(wrapper.find('[data-testid="audit-empty"]').text()).toBe('Er staat nog niets in het auditlog.');

    await chooseOption(wrapper.get('select#audit-entity'), 'Gebruiker');
    await flushPromises();
    expect(wrapper.find('[data-testid="audit-empty"]').text()).toBe('Geen gebeurtenissen die aan de filters voldoen.');
  });

  it('offers to try again when the log cannot be loaded', async () => {
    api.listAuditEvents.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const { wrapper } = await openAudit();
    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Het auditlog kon niet worden geladen');
  });
});
