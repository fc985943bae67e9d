import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as notificationsApi from '../../api/notifications.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { outboxMessage } from '../../test/notificationFixtures.ts';
import { chooseOption } from '../../test/select.ts';
import OutboxView from './OutboxView.vue';

vi.mock('../../api/notifications.ts');
const api = vi.mocked(notificationsApi);

const failed = outboxMessage({
  id: '6f1c2d3e-0000-4000-8000-000000000a02',
  kind: 'round_opened',
  status: 'failed',
  recipient: 'ambassadeur@horizon.nl',
  subject: 'Nieuwe feedbackronde',
  attempts: 5,
  lastError: 'connect ECONNREFUSED 127.0.0.1:587',
});
const sent = outboxMessage({
  id: '6f1c2d3e-0000-4000-8000-000000000a03',
  status: 'sent',
  attempts: 1,
  sentAt: '2026-03-02T09:16:00.000Z',
});

async function openOutbox() {
  const mounted = await mountInApp(OutboxView, { me: meFor('admin'), path: '/settings/outbox' });
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
  api.listOutbox.mockResolvedValue({ items: [failed, sent], total: 2, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OutboxView', () => {
  it('shows each mail with recipient, subject, kind, status, attempts, last error and times', async () => {
    const { wrapper } = await openOutbox();

    expect(api.listOutbox).toHaveBeenCalledWith({ limit: 25, offset: 0 }, expect.anything());
    const rows = wrapper.findAll('[data-testid="outbox-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('Nieuwe feedbackronde');
    expect(rows[0]!.text()).toContain('ambassadeur@horizon.nl');
    expect(rows[0]!.find('[data-testid="outbox-status-failed"]').text()).toBe('Mislukt');
    expect(rows[0]!.text()).toContain('Pogingen: 5');
    expect(rows[0]!.find('[data-testid="outbox-last-error"]').text()).toContain('ECONNREFUSED');
    expect(rows[0]!.text()).toContain('Nog niet');
    expect(rows[1]!.text()).toContain('Wachtwoord vergeten');
    expect(rows[1]!.findAll('time')).toHaveLength(2);
    expect(wrapper.find('[data-testid="outbox-total"]').text()).toBe('2 berichten');
  });

  it('filters by status and kind, starting again at the first page', async () => {
    const { wrapper } = await openOutbox();
    await chooseOption(wrapper.get('select#outbox-status'), 'Mislukt');
    await flushPromises();
    expect(api.listOutbox).toHaveBeenLastCalledWith({ limit: 25, offset: 0, status: 'failed' }, expect.anything());

    await chooseOption(wrapper.get('select#outbox-kind'), 'Nieuwe feedbackronde');
    await flushPromises();
    expect(api.listOutbox).toHaveBeenLastCalledWith(
      { limit: 25, offset: 0, status: 'failed', kind: 'round_opened' },
      expect.anything(),
    );
  });

  it('opens a mail to read its text and attachments, and says why a security mail is not shown', async () => {
    api.getOutboxMail.mockResolvedValue({
      ...failed,
      text: 'Hallo Anna,\n\nDe feedbackronde is geopend: http://ambassador.test/feedback/rounds/1',
      attachments: [{ filename: 'training.ics', contentType: 'text/calendar' }],
    });
    const { wrapper } = await openOutbox();
    const read = wrapper.findAll('[data-testid="outbox-read"]');
    expect(read[0]!.attributes('aria-label')).toBe('Bericht “Nieuwe feedbackronde” lezen');
    await read[0]!.trigger('click');
    await flushPromises();
    expect(api.getOutboxMail).toHaveBeenCalledWith(failed.id);
    const text = document.body.querySelector('[data-testid="outbox-mail-text"]')!;
    expect(text.textContent).toContain('De feedbackronde is geopend');
    expect(document.body.textContent).toContain('Bijlagen: training.ics');

    api.getOutboxMail.mockResolvedValue({ ...sent, text: null, attachments: [] });
    await read[1]!.trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[data-testid="outbox-mail-text"]')).toBeNull();
    expect(document.body.textContent).toContain('De tekst van dit bericht tonen we niet');
  });

  it('tells an empty outbox from an empty filter', async () => {
    api.listOutbox.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await openOutbox();
    expect(wrapper.find('[data-testid="outbox-empty"]').text()).toBe('Er zijn nog geen e-mails verstuurd.');

    await chooseOption(wrapper.get('select#outbox-status'), 'In de wachtrij');
    await flushPromises();
    expect(wrapper.find('[data-testid="outbox-empty"]').text()).toBe('Geen berichten met deze filters.');
  });

  it('offers to try again when the outbox cannot be loaded', async () => {
    api.listOutbox.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const { wrapper } = await openOutbox();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain(
      'De verzonden berichten konden niet worden geladen.',
    );
  });
});
