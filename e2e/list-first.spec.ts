// On a phone as on a desktop, the list comes first: the rows start high on the first screen,
// every list action stays in reach (in one line, the rest in a menu) by mouse and by keyboard,
// and Tab follows the order the eye reads the page in.
import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { resetEmulator } from './support/emulator';
import { expectReadingOrder, tabStopsTo } from './support/tab-order';

const LAYOUTS = [
  { name: 'phone', viewport: { width: 412, height: 823 }, firstRowWithin: 0.45 },
  { name: 'desktop', viewport: { width: 1280, height: 720 }, firstRowWithin: 0.5 },
] as const;

const ACTIONS = {
  tracks: ['Share top 10', 'Save as playlist', 'Export CSV', 'Export JSON'],
  artists: ['Share top 10', 'Export CSV', 'Export JSON'],
} as const;

test.beforeEach(async () => {
  await resetEmulator();
});

function actionGroup(page: Page) {
  return page.getByRole('group', { name: 'List actions' });
}

/** The actions standing as buttons in the line, and those in its "More actions" menu (opened and closed by mouse). */
async function actionsByMouse(page: Page): Promise<{ inline: string[]; menu: string[] }> {
  const group = actionGroup(page);
  const inline = (await group.getByRole('button').allInnerTexts()).filter((name) => name.trim() !== '');
  const more = group.getByRole('button', { name: 'More actions' });
  if ((await more.count()) === 0) return { inline, menu: [] };
  await more.click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu).toBeVisible();
  const items = await menu.getByRole('menuitem').allInnerTexts();
  for (const item of await menu.getByRole('menuitem').all()) await expect(item).toBeInViewport();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(menu).toBeHidden();
  return { inline, menu: items };
}

/** The accessible name of what has focus, as a screen reader would hear it first. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

for (const { name, viewport, firstRowWithin } of LAYOUTS) {
  for (const type of ['tracks', 'artists'] as const) {
    test(`${name} ${viewport.width} × ${viewport.height}, top ${type}: the first row starts in the top ${firstRowWithin * 100} % and every action is in one line or its menu`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await signIn(page, `./${type}`);
      const firstRow = topList(page).getByRole('listitem').first();
      await expect(firstRow).toBeVisible();
      const top = await firstRow.evaluate((row) => row.getBoundingClientRect().top);
      expect(top).toBeLessThanOrEqual(viewport.height * firstRowWithin);

      // One line: the actions, the compare switch and the legend's control share a top.
      const line = page.locator('.action-line');
      const tops = await line
        .locator('button:visible')
        .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await expect(line.getByRole('switch', { name: 'Compare with other time ranges' })).toBeInViewport();
      await expect(line.getByRole('button', { name: 'What do the badges mean?' })).toBeInViewport();

      const { inline, menu } = await actionsByMouse(page);
      expect([...inline.filter((n) => n !== 'More actions'), ...menu]).toEqual(ACTIONS[type]);
      if (name === 'desktop') expect(menu).toEqual([]);
      else expect(menu.length).toBeGreaterThan(0);
    });

    test(`${name}, top ${type}: every action by keyboard alone, the menu's too, and Tab in on-screen order`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await signIn(page, `./${type}`);
      await expect(topList(page).getByRole('listitem').first()).toBeVisible();

      // Tab from the top of the page to the first row's link, noting where each stop is on screen.
      const firstRowLink = topList(page).getByRole('listitem').first().locator('a').first();
      const stops = await tabStopsTo(page, firstRowLink);
      expectReadingOrder(stops);
      const names = stops.map((stop) => stop.name);
      // The account comes before the sections, as on screen.
      expect(names.findIndex((n) => n.startsWith('Signed in as'))).toBeLessThan(names.indexOf('Top tracks'));
      expect(names.indexOf('Top tracks')).toBeLessThan(names.indexOf('4 weeks'));

      // The actions: buttons in the line, then the menu's button, whose items the arrows walk through.
      const reached: string[] = [];
      for (const action of ACTIONS[type]) if (names.includes(action)) reached.push(action);
      const more = actionGroup(page).getByRole('button', { name: 'More actions' });
      if (names.includes('More actions')) {
        // Reached by Tab above; from it, the menu opens by Enter.
        await more.focus();
        await page.keyboard.press('Enter');
        const items = page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem');
        await expect(items.first()).toBeFocused();
        const count = await items.count();
        for (let i = 0; i < count; i += 1) {
          reached.push(await focusedName(page));
          await page.keyboard.press('ArrowDown');
        }
        await expect(items.first()).toBeFocused();
        await page.keyboard.press('End');
        await expect(items.last()).toBeFocused();
        await page.keyboard.press('Home');
        await expect(items.first()).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toHaveCount(0);
        await expect(more).toBeFocused();
        await expect(more).toHaveAttribute('aria-expanded', 'false');
      }
      expect(reached).toEqual(ACTIONS[type]);
      expect(names).toContain('Compare with other time ranges');
      expect(names).toContain('What do the badges mean?');

      // And one of them run from the keyboard: the share dialog opens and gives focus back on Escape.
      const opener = names.includes('Share top 10')
        ? actionGroup(page).getByRole('button', { name: 'Share top 10' })
        : more;
      await opener.focus();
      await page.keyboard.press('Enter');
      if (opener === more) {
        await expect(page.getByRole('menuitem', { name: 'Share top 10' })).toBeFocused();
        await page.keyboard.press('Enter');
      }
      const dialog = page.getByRole('dialog', { name: `Share your top 10 ${type}` });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    });
  }
}

test('phone: an export runs from the menu by mouse and by keyboard, and Tab leaves the menu', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await signIn(page, './tracks');
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  const more = actionGroup(page).getByRole('button', { name: 'More actions' });

  await more.click();
  const csv = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export CSV' }).click();
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 60 tracks as CSV.' })).toBeVisible();

  await more.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Export JSON' })).toBeFocused();
  const json = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await json).suggestedFilename()).toMatch(/\.json$/);
  await expect(more).toBeFocused();

  // Tab from inside the menu goes on to the next control (the compare switch) and closes the menu.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Compare with other time ranges' })).toBeFocused();
});
