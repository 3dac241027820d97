// The Playwright Chromium a measurement drives, launched for it and closed after it, so no
// measurement inherits another's caches, pages or background work.
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

export async function withChromium<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    return await measure(browser);
  } finally {
    await browser.close();
  }
}

/** Signs in from the page's current start page, through the consent page when it shows, to the first row. */
export async function signInThroughConsent(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Sign in/ }).click();
  const agree = page.getByRole('button', { name: 'Agree' });
  if (await agree.isVisible().catch(() => false)) await agree.click();
  else await agree.click({ timeout: 5000 }).catch(() => undefined);
  await page.locator('.track-row').first().waitFor();
}
