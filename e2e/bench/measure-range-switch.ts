// Switching back to a visited range: it costs no request and paints in the next frame.
import type { Page } from '@playwright/test';
import { signInThroughConsent, withChromium } from './browser.ts';
import type { Measurement } from './measurement.ts';
import { medianOf } from './median.ts';
import { budgetRow, infoRow } from './row.ts';

interface Switch {
  /** Which animation frame after the click first shows the new range (1 is the next frame). */
  frame: number;
  /** From the click to the start of that frame. */
  ms: number;
}

/** Clicks the range tab `label` at the start of a frame and counts the frames until it shows. */
function switchTo(page: Page, label: string): Promise<Switch> {
  return page.evaluate(
    (label) =>
      new Promise<Switch>((resolve) => {
        // tsx names functions through a helper the page lacks.
        (globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f;
        const link = [...document.querySelectorAll<HTMLAnchorElement>('.range-tab')].find((a) =>
          a.textContent?.includes(label),
        )!;
        let start = 0;
        let frames = 0;
        let shown = false;
        const observer = new MutationObserver(() => {
          if (link.getAttribute('aria-current') === 'page') shown = true;
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
        const frame = () => {
          frames += 1;
          if (!shown) return void requestAnimationFrame(frame);
          observer.disconnect();
          resolve({ frame: frames, ms: performance.now() - start });
        };
        // Input reaches a page at the start of a frame: click there, then count the frames after.
        requestAnimationFrame(() => {
          start = performance.now();
          link.click();
          requestAnimationFrame(frame);
        });
      }),
    label,
  );
}

export const rangeSwitch: Measurement = {
  name: 'rangeSwitch',
  async run(bench) {
    await bench.emulator.resetEmulator();
    const { switches, requests } = await withChromium(async (browser) => {
      const page = await browser.newPage({ baseURL: bench.appUrl });
      await page.goto('./');
      await signInThroughConsent(page);
      await page.goto('./tracks?range=short_term');
      await page.locator('.track-row').first().waitFor();
      await page.getByRole('link', { name: '1 year' }).click();
      await page.getByText('From the last year').waitFor();
      await bench.emulator.clearLog();
      // Five switches between the two visited ranges.
      const switches: Switch[] = [];
      for (const to of ['4 weeks', '1 year', '4 weeks', '1 year', '4 weeks']) {
        switches.push(await switchTo(page, to));
        // The rows below the fold follow the first paint: let them land before the next switch.
        await page.waitForFunction(() => document.querySelectorAll('.track-row').length > 10);
      }
      const requests = (await bench.emulator.emulatorLog({ service: 'api' })).length;
      return { switches, requests };
    });
    const latestFrame = Math.max(...switches.map((s) => s.frame));
    const ms = medianOf(switches.map((s) => s.ms));
    return {
      rows: [
        budgetRow('Switch to a visited range: requests', requests, '', '= 0', requests === 0),
        budgetRow(
          `Switch to a visited range: frame it paints in (latest of ${switches.length})`,
          latestFrame,
          '',
          '= 1',
          latestFrame === 1,
        ),
        infoRow(`Switch to a visited range: time to paint (median of ${switches.length})`, Math.round(ms), 'ms'),
      ],
      details: { switches, requests },
    };
  },
};
