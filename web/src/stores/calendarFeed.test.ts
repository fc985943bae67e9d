import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as feedApi from '../api/calendarFeed.ts';
import { ApiError } from '../api/http.ts';
import { useCalendarFeedStore } from './calendarFeed.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/calendarFeed.ts');
const api = vi.mocked(feedApi);

const feed = (token: string) => ({
  url: `https://ambassador.example/api/v1/calendar/${token}.ics`,
  webcalUrl: `webcal://ambassador.example/api/v1/calendar/${token}.ics`,
});

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('calendar feed store', () => {
  it('loads the address and replaces it with a new one', async () => {
    api.getCalendarFeed.mockResolvedValue(feed('old-token-aaaaaaaaaaaaaa'));
    api.renewCalendarFeed.mockResolvedValue(feed('new-token-bbbbbbbbbbbbbb'));
    const store = useCalendarFeedStore();

    await store.load();
    expect(store.feed?.url).toContain('old-token');

    await store.renew();
    expect(store.feed?.url).toContain('new-token');
    expect(store.renewing).toBe(false);
  });

  it('keeps the current address when a new one cannot be made', async () => {
    api.getCalendarFeed.mockResolvedValue(feed('old-token-aaaaaaaaaaaaaa'));
    api.renewCalendarFeed.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const store = useCalendarFeedStore();
    await store.load();

    await expect(store.renew()).rejects.toMatchObject({ code: 'database_unavailable' });

    expect(store.feed?.url).toContain('old-token');
  });
});
