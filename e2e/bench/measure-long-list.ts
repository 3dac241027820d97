// A long list: every item of the longest range shown, then scrolled from top to bottom
// without long frames or layout shifts.
import { signInThroughConsent, withChromium } from './browser.ts';
import type { Measurement } from './measurement.ts';
import { budgetRow, infoRow } from './row.ts';

/** A frame longer than this is a visible stutter. */
const LONG_FRAME_MS = 50;

export const longList: Measurement = {
  name: 'longList',
  async run(bench) {
    await bench.emulator.resetEmulator();
    const scroll = await withChromium(async (browser) => {
      const page = await browser.newPage({ baseURL: bench.appUrl });
      await page.goto('./');
      await signInThroughConsent(page);
      await page.goto('./tracks?range=long_term');
      const more = page.getByRole('button', { name: 'Show more' });
      await page.locator('.track-row').first().waitFor();
      while (await more.isVisible()) {
        const before = await page.locator('.track-row').count();
        await more.click();
        await page.waitForFunction((n) => document.querySelectorAll('.track-row').length > n, before);
      }
      return page.evaluate(async (longFrameMs) => {
        // tsx names functions through a helper the page lacks.
        (globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f;
        let shift = 0;
        const shifts = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shift += entry.value;
        });
        shifts.observe({ type: 'layout-shift' });
        const frames: number[] = [];
        let last = performance.now();
        await new Promise<void>((resolve) => {
          const step = (now: number) => {
            frames.push(now - last);
            last = now;
            if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) return resolve();
            window.scrollBy(0, 240);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        });
        // Let lazy artwork that came into view arrive and lay out.
        await new Promise((resolve) => setTimeout(resolve, 500));
        shifts.disconnect();
        return {
          rows: document.querySelectorAll('.track-row').length,
          frames: frames.length,
          longFrames: frames.filter((ms) => ms > longFrameMs).length,
          longestFrame: Math.max(...frames.slice(1)),
          shift,
        };
      }, LONG_FRAME_MS);
    });
    return {
      rows: [
        budgetRow(
          `Long list (${scroll.rows} rows) scrolled: frames over ${LONG_FRAME_MS} ms`,
          scroll.longFrames,
          '',
          '= 0',
          scroll.longFrames === 0,
        ),
        infoRow('Long list scrolled: longest frame', Math.round(scroll.longestFrame), 'ms'),
        budgetRow(
          'Long list scrolled: layout shift',
          Math.round(scroll.shift * 1000) / 1000,
          '',
          '= 0',
          scroll.shift === 0,
        ),
      ],
      details: scroll,
    };
  },
};
