import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as feedApi from '../../api/calendarFeed.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import TrainingView from './TrainingView.vue';

vi.mock('../../api/calendarFeed.ts');

beforeEach(() => {
  vi.resetAllMocks();
  vi.mocked(feedApi).getCalendarFeed.mockResolvedValue({
    url: 'https://ambassador.example/api/v1/calendar/abcdefghijklmnopqrstuv.ics',
    webcalUrl: 'webcal://ambassador.example/api/v1/calendar/abcdefghijklmnopqrstuv.ics',
  });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function tabsFor(role: 'admin' | 'ambassador' | 'hr', path: string) {
  const { wrapper } = await mountInApp(TrainingView, {
    me: meFor(role),
    path,
    mount: { global: { stubs: { RouterView: true } } },
  });
  await flushPromises();
  return { wrapper, labels: wrapper.findAll('nav a').map((link) => link.text()) };
}

describe('TrainingView', () => {
  it('gives an admin every tab, the calendar first', async () => {
    const { labels } = await tabsFor('admin', '/training/calendar');
    expect(labels).toEqual(['Kalender', 'Lijst', 'Golfplanner', 'Trainingsdekking', 'Cascade']);
  });

  it('gives an ambassador the calendar and the list only', async () => {
    const { wrapper, labels } = await tabsFor('ambassador', '/training/calendar');
    expect(labels).toEqual(['Kalender', 'Lijst']);
    // Her subscription is on the calendar tab itself.
    expect(wrapper.find('[data-testid="calendar-feed-open"]').exists()).toBe(false);
  });

  it('gives HR training coverage and the cascade, and the calendar link in the header', async () => {
    const { wrapper, labels } = await tabsFor('hr', '/training/coverage');
    expect(labels).toEqual(['Trainingsdekking', 'Cascade']);
    expect(wrapper.find('.section-tabs__tab--current').text()).toBe('Trainingsdekking');

    await wrapper.find('[data-testid="calendar-feed-open"]').trigger('click');
    await flushPromises();
    const url = document.querySelector<HTMLInputElement>('[data-testid="calendar-feed-url"]');
    expect(url?.value).toBe('https://ambassador.example/api/v1/calendar/abcdefghijklmnopqrstuv.ics');
  });
});
