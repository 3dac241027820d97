// Right to left and narrow: Arabic pages mirror (the brand at the right, ranks to the right of
// the names, bars growing from the right) and nothing sticks out of the window at 320 px or
// 1280 px; German's longer words fit at 320 px, in the window and in their buttons. Every
// locator is a role or a class, never English text: the pages pass in any language.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { resetEmulator } from './support/emulator';

interface Visit {
  name: string;
  /** Opens the page at the language's segment (`ar`), ready to be measured. */
  open: (page: Page, segment: string) => Promise<void>;
  /** The rows whose rank must stand on the inline-start side of their name. */
  rows?: string;
}

const VISITS: Visit[] = [
  {
    name: 'the start page',
    open: async (page, segment) => {
      await page.goto(`./${segment}/`);
      await expect(page.locator('.ways-in .button').first()).toBeVisible();
    },
    rows: '.app-preview-list li',
  },
  {
    name: 'the signed-in top tracks',
    open: async (page, segment) => {
      await page.goto(`./${segment}/tracks`);
      // The router app's sign-in screen (a host without rewrites may show the start page first).
      await page.locator('.sign-in-screen button.sign-in').click();
      // The emulator's consent page stands in for Spotify's, in English.
      await page.getByRole('button', { name: 'Agree' }).click();
      await expect(page).toHaveURL(new RegExp(`/${segment}/tracks$`));
      await expect(page.locator('.item-list .item-row').first()).toBeVisible();
    },
    rows: '.item-list .item-row',
  },
  {
    name: 'the import with the sample imported',
    open: async (page, segment) => {
      await page.goto(`./${segment}/import`);
      // The sample's button is the panel's one <button>: the files' chooser beside it is a label.
      await page.locator('.import-buttons button').click();
      await expect(page.locator('.history-items .history-item').first()).toBeVisible();
    },
    rows: '.history-items .history-item',
  },
  {
    name: 'an error panel (no such page)',
    open: async (page, segment) => {
      await page.goto(`./${segment}/nowhere`);
      await expect(page.locator('.error-panel')).toBeVisible();
    },
  },
];

/**
 * What sticks out of the window sideways: every element's box, cut to what its clipping
 * ancestors (scrolling rows, ellipsed titles, visually hidden text) let show, must lie inside.
 */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      found.push(`the document: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    }
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return style.overflowX !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
    };
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || style.display === 'contents') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let left = box.left;
      let right = box.right;
      for (let up = element.parentElement; up && up !== document.documentElement; up = up.parentElement) {
        if (!clips(up)) continue;
        const cut = up.getBoundingClientRect();
        left = Math.max(left, cut.left);
        right = Math.min(right, cut.right);
      }
      if (right - left <= 0) continue;
      if (left < -1 || right > width + 1) {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
        found.push(`${name} [${Math.round(left)}, ${Math.round(right)}] in ${width}`);
      }
    }
    return found;
  });
}

/** Buttons, links styled as buttons and tabs whose text is wider than their box (cut off). */
function clippedControls(page: Page) {
  return page
    .locator('button:visible, .button:visible, .range-tab:visible, [role="tab"]:visible')
    .evaluateAll((controls) =>
      controls
        .filter((control) => control.scrollWidth > control.clientWidth + 1)
        .map(
          (control) =>
            `${control.tagName.toLowerCase()} "${control.textContent?.trim()}": ${control.scrollWidth} > ${control.clientWidth}`,
        ),
    );
}

/** The left and right edges of the first element `selector` matches. */
async function edges(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { left: box.x, right: box.x + box.width };
}

test.beforeEach(async () => {
  await resetEmulator();
});

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 720 },
]) {
  for (const visit of VISITS) {
    test(`Arabic at ${viewport.width} × ${viewport.height}, ${visit.name}: right to left, mirrored, nothing sticks out`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await visit.open(page, 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

      // Nothing stands above the header (a page's head leaking into its body would).
      expect((await page.locator('.site-header').boundingBox())!.y).toBeLessThanOrEqual(0.5);
      // The brand starts the header at the right, within its padding (at most 2rem).
      const brand = await edges(page, '.site-header .brand');
      expect(viewport.width - brand.right).toBeLessThanOrEqual(33);
      expect(brand.left).toBeGreaterThan(viewport.width - brand.right);

      if (visit.rows) {
        const rows = page.locator(visit.rows);
        const count = Math.min(await rows.count(), 5);
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i += 1) {
          const row = rows.nth(i);
          const rank = await row.locator('.rank').boundingBox();
          const title = await row.locator('.item-title').boundingBox();
          expect(rank && title, `row ${i + 1} has a rank and a title`).toBeTruthy();
          // Numbers stay numbers: Western digits, as the locale's Intl tag asks.
          await expect(row.locator('.rank')).toHaveText(String(i + 1));
          expect(rank!.x, `row ${i + 1}: the rank stands to the right of the name`).toBeGreaterThanOrEqual(
            title!.x + title!.width,
          );
        }
      } else {
        // The panel's accent border is on its inline start: the right.
        const panel = page.locator('.error-panel');
        const border = await panel.evaluate((element) => {
          const style = getComputedStyle(element);
          return { right: style.borderRightWidth, left: style.borderLeftWidth };
        });
        expect(border).toEqual({ right: '4px', left: '1px' });
      }

      expect(await overflowing(page)).toEqual([]);
    });
  }
}

for (const visit of VISITS) {
  test(`German at 320 × 640, ${visit.name}: fits the window, and no button's text is cut off`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await visit.open(page, 'de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(await overflowing(page)).toEqual([]);
    expect(await clippedControls(page)).toEqual([]);
  });
}

/** A month chart whose columns run from the right: the first month rightmost, each next one to its left. */
async function expectMonthsFromTheRight(chart: Locator) {
  await expect(chart).toBeVisible();
  // Columns of an empty month have no height, so they are measured by their box, seen or not.
  const columns = await chart
    .locator('rect.bar')
    .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().x));
  expect(columns.length).toBeGreaterThan(1);
  expect(columns, 'each month stands to the left of the one before').toEqual([...columns].sort((a, b) => b - a));
  expect(columns[0]!, 'the first month is to the right of the last').toBeGreaterThan(columns.at(-1)!);
}

test('Arabic, the imported history in charts: time, hours and bars run from the right, and fit at 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await VISITS[2]!.open(page, 'ar');

  // The overview: plays per month, and the listening clock's hours from 0 at the right.
  await page.locator('.history-tabs a[href*="view=overview"]').click();
  await expectMonthsFromTheRight(page.locator('.history-overview svg.month-chart'));
  const hours = await page
    .locator('.clock-hours .clock-hour')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().x));
  expect(hours).toHaveLength(24);
  expect(hours, 'each hour stands to the left of the one before').toEqual([...hours].sort((a, b) => b - a));
  expect(await overflowing(page)).toEqual([]);

  // A track's detail: its plays per month (columns) and by year (bars).
  await page.locator('.history-tabs a').first().click();
  await page.locator('.history-items a.item-title').first().click();
  await expectMonthsFromTheRight(page.locator('.entity-detail svg.month-chart'));

  const chart = page.locator('.entity-detail svg.bar-chart');
  const svg = (await chart.boundingBox())!;
  const bars = chart.locator('rect.bar');
  const labels = chart.locator('text.bar-label');
  const values = chart.locator('text.bar-value');
  const count = await bars.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const bar = (await bars.nth(i).boundingBox())!;
    const label = (await labels.nth(i).boundingBox())!;
    const value = (await values.nth(i).boundingBox())!;
    // Each bar grows from the right edge; its label stands at the right, its number at the left.
    expect(Math.abs(svg.x + svg.width - (bar.x + bar.width))).toBeLessThanOrEqual(1);
    expect(Math.abs(svg.x + svg.width - (label.x + label.width))).toBeLessThanOrEqual(1);
    expect(Math.abs(value.x - svg.x)).toBeLessThanOrEqual(1);
    // Years read as years: the label's text is the same digits the table beside it holds.
    await expect(labels.nth(i)).toHaveText(/^\d{4}$/);
  }
  expect(await overflowing(page)).toEqual([]);
});
