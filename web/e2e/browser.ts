import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** The system Chromium (or CHROMIUM_PATH), headless, without the background traffic that slows it down in CI. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Console errors and uncaught exceptions: a CSP violation shows up here too. Chromium also logs every
 * failed request; `expectedStatuses` are the ones the scenario causes on purpose (the start-up refresh
 * without a cookie answers 401).
 */
export function watchErrors(page: Page, expectedStatuses: number[] = [401]): string[] {
  const errors: string[] = [];
  const expected = new RegExp(`status of (${expectedStatuses.join('|')})\\b`);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/**
 * Types a date into a DateField and leaves the field. The field takes typed text into its model on input and writes
 * itself again from its model on blur, so the text standing after the blur proves the form holds the date. On a loaded machine the first text can land while the dialog is still settling; it is then typed again.
 */
export async function fillDate(input: Locator, text: string): Promise<void> {
  await expect
    .poll(async () => {
      if ((await input.inputValue()) !== text) {
        await input.fill(text);
        await input.press('Tab');
      }
      return input.inputValue();
    })
    .toBe(text);
}
