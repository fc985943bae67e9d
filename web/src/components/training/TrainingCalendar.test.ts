import FullCalendar from '@fullcalendar/vue3';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import { sessionId, trainingSession } from '../../test/trainingFixtures.ts';
import TrainingCalendar from './TrainingCalendar.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const given = trainingSession({ kind: 'train_the_trainer', status: 'completed', title: 'Trainer A' }, 1);
const cancelled = trainingSession(
  {
    status: 'cancelled',
    title: 'Teams basis',
    startsAt: '2026-03-11T12:00:00.000Z',
    endsAt: '2026-03-11T13:00:00.000Z',
  },
  2,
);

async function mountCalendar() {
  const mounted = await mountInApp(TrainingCalendar, {
    me: meFor('admin'),
    path: '/training/calendar',
    mount: { props: { sessions: [given, cancelled], timeZone: 'Europe/Amsterdam' } },
  });
  await flushPromises();
  return mounted;
}

describe('TrainingCalendar', () => {
  it('reports the whole days it shows, Monday first, in the organisation’s zone', async () => {
    const { wrapper } = await mountCalendar();

    const [range] = wrapper.emitted('range')![0] as [{ from: string; to: string }];
    const from = new Date(range.from);
    // Midnight in Amsterdam is 23:00 or 22:00 UTC the day before, always a Sunday in UTC.
    expect(from.getUTCDay()).toBe(0);
    expect([22, 23]).toContain(from.getUTCHours());
    expect(new Date(range.to).getTime() - from.getTime()).toBeGreaterThanOrEqual(7 * 24 * 60 * 60 * 1000 - 3_600_000);
  });

  it('shows each session as a link to its page, coloured by kind and status, cancelled ones struck through', async () => {
    const { wrapper } = await mountCalendar();
    wrapper.findComponent(FullCalendar).vm.getApi().gotoDate('2026-03-10');
    await flushPromises();

    const event = wrapper.find(`[data-testid="calendar-event-${sessionId(1)}"]`);
    expect(event.attributes('href')).toBe(`/training/sessions/${sessionId(1)}`);
    expect(event.classes()).toEqual(
      expect.arrayContaining(['training-event--train_the_trainer', 'training-event--completed']),
    );
    const struck = wrapper.find(`[data-testid="calendar-event-${sessionId(2)}"]`);
    expect(struck.classes()).toContain('training-event--cancelled');
    expect(struck.text()).toContain('Teams basis (geannuleerd)');
    // 08:00 UTC is 09:00 in Amsterdam.
    expect(event.text()).toContain('09:00');
  });

  it('names the arrows, hides their icons, and gives each tile its kind in words and as an icon', async () => {
    const { wrapper } = await mountCalendar();
    wrapper.findComponent(FullCalendar).vm.getApi().gotoDate('2026-03-10');
    await flushPromises();

    expect(wrapper.find('.fc-prev-button').attributes('title')).toBe('Vorige week');
    expect(wrapper.find('.fc-next-button').attributes('title')).toBe('Volgende week');
    for (const icon of wrapper.findAll('.fc-button .fc-icon')) expect(icon.attributes('aria-hidden')).toBe('true');

    const event = wrapper.find(`[data-testid="calendar-event-${sessionId(1)}"]`);
    expect(event.find('.pi-graduation-cap').attributes('aria-hidden')).toBe('true');
    expect(event.text()).toContain('Trainer A');
    expect(event.find('.visually-hidden').text()).toContain('Train-de-trainer');
    expect(event.attributes('title')).toContain('Trainer A');
  });
});
