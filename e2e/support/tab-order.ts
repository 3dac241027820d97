// Tab order against on-screen order: the stops Tab makes from the top of the page to a
// target, and the check that each comes after the one before it as the eye reads.
import { expect, type Locator, type Page } from '@playwright/test';

export interface TabStop {
  name: string;
  top: number;
  bottom: number;
  left: number;
}

/** Tabs from the top of the page until `target` has focus (at most 40 stops), skip link left out. */
export async function tabStopsTo(page: Page, target: Locator): Promise<TabStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').focus();
  const stops: TabStop[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
        top: box.top + scrollY,
        bottom: box.bottom + scrollY,
        left: box.left,
        skip: el.classList.contains('skip-link'),
      };
    });
    if (!stop.skip) stops.push(stop);
    if (await target.evaluate((el) => el === document.activeElement)) return stops;
  }
  throw new Error('Tab never reached the target in 40 stops');
}

/** Each stop comes after the one before it as the eye reads: further down, or on the same line further right. */
export function expectReadingOrder(stops: TabStop[]): void {
  for (let i = 1; i < stops.length; i += 1) {
    const [before, after] = [stops[i - 1]!, stops[i]!];
    const sameLine = after.top < before.bottom && before.top < after.bottom;
    const reads = sameLine ? after.left > before.left : after.top >= before.bottom - 1;
    expect(reads, `${before.name} → ${after.name}`).toBe(true);
  }
}
