import { flushPromises } from '@vue/test-utils';
import ConfirmRegion from '../common/ConfirmRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import * as feedApi from '../../api/calendarFeed.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import CalendarFeedPanel from './CalendarFeedPanel.vue';

vi.mock('../../api/calendarFeed.ts');
const api = vi.mocked(feedApi);

const feed = (token: string) => ({
  url: `https://ambassador.example/api/v1/calendar/${token}.ics`,
  webcalUrl: `webcal://ambassador.example/api/v1/calendar/${token}.ics`,
});

const PanelWithConfirm = defineComponent({ setup: () => () => h('div', [h(CalendarFeedPanel), h(ConfirmRegion)]) });

let unmount: (() => void) | null = null;

beforeEach(() => {
  vi.resetAllMocks();
  api.getCalendarFeed.mockResolvedValue(feed('old-token-aaaaaaaaaaaaaa'));
});

afterEach(() => {
  unmount?.();
  unmount = null;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountPanel() {
  const mounted = await mountInApp(PanelWithConfirm, { me: meFor('ambassador'), path: '/training/calendar' });
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

describe('CalendarFeedPanel', () => {
  it('shows her feed address read-only, with a webcal link for agenda apps', async () => {
    const { wrapper } = await mountPanel();

    const input = wrapper.find('[data-testid="calendar-feed-url"]').element as HTMLInputElement;
    expect(input.value).toBe(feed('old-token-aaaaaaaaaaaaaa').url);
    expect(input.readOnly).toBe(true);
    expect(wrapper.find('[data-testid="calendar-feed-webcal"]').attributes('href')).toBe(
      feed('old-token-aaaaaaaaaaaaaa').webcalUrl,
    );
  });

  it('copies the address to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper } = await mountPanel();

    await wrapper.find('[data-testid="calendar-feed-copy"]').trigger('click');
    await flushPromises();

    expect(writeText).toHaveBeenCalledWith(feed('old-token-aaaaaaaaaaaaaa').url);
    expect(wrapper.find('[data-testid="calendar-feed-copied"]').text()).toContain('Gekopieerd');
  });

  it('makes a new address only after warning that the old one stops working', async () => {
    api.renewCalendarFeed.mockResolvedValue(feed('new-token-bbbbbbbbbbbbbb'));
    const { wrapper } = await mountPanel();

    await wrapper.find('[data-testid="calendar-feed-renew"]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('De huidige link stopt meteen met werken.');
    expect(api.renewCalendarFeed).not.toHaveBeenCalled();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-accept"]')!.click();
    await flushPromises();

    expect(api.renewCalendarFeed).toHaveBeenCalledTimes(1);
    const input = wrapper.find('[data-testid="calendar-feed-url"]').element as HTMLInputElement;
    expect(input.value).toBe(feed('new-token-bbbbbbbbbbbbbb').url);
    expect(wrapper.find('[data-testid="calendar-feed-renewed"]').text()).toContain('de oude werkt niet meer');
  });

  it('says so when the address cannot be loaded', async () => {
    api.getCalendarFeed.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const { wrapper } = await mountPanel();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Je agendalink kon niet worden geladen.');
  });
});
