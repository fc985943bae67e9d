import type { Activity } from '@ambassador/shared';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as activitiesApi from '../../api/activities.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import LogActivityDialog from './LogActivityDialog.vue';

vi.mock('../../api/activities.ts');
const api = vi.mocked(activitiesApi);

const created: Activity = {
  id: '6f1c2d3e-0000-4000-8000-000000000a01',
  ambassadorId: '6f1c2d3e-0000-4000-8000-000000000b01',
  ambassadorName: 'Anna de Vries',
  kind: 'colleague_helped',
  date: '2026-12-04',
  count: 3,
  note: null,
  digitalHelp: true,
  automatic: false,
  createdAt: '2026-12-05T10:00:00.000Z',
};

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  api.createActivity.mockResolvedValue(created);
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

async function openDialog() {
  const mounted = await mountInApp(LogActivityDialog, {
    me: meFor('ambassador'),
    path: '/activity',
    mount: { props: { visible: true } },
  });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const field = <E extends Element = HTMLInputElement>(selector: string) => document.querySelector<E>(selector)!;

function type(selector: string, value: string): void {
  const input = field(selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function submit(): Promise<void> {
  field<HTMLFormElement>('[data-testid="log-activity-form"]').requestSubmit();
  await flushPromises();
}

describe('LogActivityDialog', () => {
  it('opens on "Collega geholpen", 1 colleague, today: one tap logs it, and asks for no names', async () => {
    const { wrapper } = await openDialog();

    expect(field('#log-activity-kind-colleague_helped').checked).toBe(true);
    expect(field('#log-activity-count').value).toBe('1');
    expect(field('#log-activity-date').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.body.textContent).toContain('Geen namen, alleen het aantal.');
    const today = field('#log-activity-date').value;

    await submit();

    expect(api.createActivity).toHaveBeenCalledWith({
      kind: 'colleague_helped',
      date: today,
      count: 1,
      digitalHelp: false,
    });
    expect(wrapper.emitted('logged')).toEqual([[created]]);
    expect(wrapper.emitted('update:visible')).toEqual([[false]]);
  });

  it('sends the count from the stepper, digital help, the date and a note', async () => {
    await openDialog();

    field<HTMLButtonElement>('[data-testid="log-activity-increase"]').click();
    field<HTMLButtonElement>('[data-testid="log-activity-increase"]').click();
    await flushPromises();
    expect(field('#log-activity-count').value).toBe('3');
    field('#log-activity-digital').click();
    type('#log-activity-date', '2026-12-04');
    type('#log-activity-note', '  Hulp bij inloggen op Teams  ');
    await flushPromises();

    await submit();

    expect(api.createActivity).toHaveBeenCalledWith({
      kind: 'colleague_helped',
      date: '2026-12-04',
      count: 3,
      digitalHelp: true,
      note: 'Hulp bij inloggen op Teams',
    });
  });

  it('refuses a count outside the bounds and keeps the dialog open', async () => {
    const { wrapper } = await openDialog();

    type('#log-activity-count', '501');
    await flushPromises();
    await submit();

    expect(api.createActivity).not.toHaveBeenCalled();
    expect(field('[data-testid="log-activity-count-error"]').textContent).toContain('Kies een aantal van 1 tot 500.');
    expect(field('#log-activity-count').getAttribute('aria-invalid')).toBe('true');
    expect(wrapper.emitted('logged')).toBeUndefined();

    type('#log-activity-count', '0');
    await flushPromises();
    await submit();
    expect(api.createActivity).not.toHaveBeenCalled();
    // The stepper stops at the bounds.
    expect(field<HTMLButtonElement>('[data-testid="log-activity-decrease"]').disabled).toBe(true);
  });

  it('logs another kind: training with a count, an event without one', async () => {
    await openDialog();

    field('#log-activity-kind-training_given').click();
    await flushPromises();
    expect(document.body.textContent).toContain('Aantal deelnemers');
    expect(document.querySelector('#log-activity-digital')).toBeNull();
    type('#log-activity-count', '12');
    await submit();
    expect(api.createActivity).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'training_given', count: 12 }));
    expect(api.createActivity.mock.lastCall![0]).not.toHaveProperty('digitalHelp');
  });

  it('logs an event without a count', async () => {
    await openDialog();

    field('#log-activity-kind-event').click();
    await flushPromises();
    expect(document.querySelector('#log-activity-count')).toBeNull();
    await submit();

    const body = api.createActivity.mock.lastCall![0];
    expect(body.kind).toBe('event');
    expect(body).not.toHaveProperty('count');
  });
});
