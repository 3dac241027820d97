// Each language, chosen by the browser: the start page, the signed-in top list and an error
// panel speak it, with no English left (brand names aside), and the sign-in returns to it.
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, localeSegment, type Locale } from '../src/i18n/locales';
import { resetEmulator } from './support/emulator';
import { englishPhrases, translationOf } from './support/languages';

const BROWSER_LOCALES: Record<Exclude<Locale, 'en'>, string> = {
  es: 'es-ES',
  'pt-BR': 'pt-BR',
  fr: 'fr-FR',
  de: 'de-DE',
  it: 'it-IT',
  nl: 'nl-NL',
  ja: 'ja-JP',
  ar: 'ar-EG',
};
const BRANDS = ['Heavy Rotation', 'Spotify'];

test.beforeEach(async () => {
  await resetEmulator();
});

/**
 * Everything a reader sees or hears on the page: its text, and its labels, titles and placeholders,
 * less the listener's data (track, artist and album names, the user's name), which no language translates.
 */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const data = new Set<string>();
    for (const element of document.querySelectorAll('.item-title, .item-sub a, .album-name, .user-name')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden, abbr') || !node.textContent?.trim()) continue;
        data.add(node.textContent.trim());
      }
    }
    const byLength = [...data].sort((a, b) => b.length - a.length);
    const withoutData = (text: string) => byLength.reduce((rest, name) => rest.split(name).join(' '), text);
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template') || !node.textContent?.trim()) continue;
      texts.push(withoutData(node.textContent));
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(withoutData(value));
      }
    }
    return texts;
  });
}

async function expectNoEnglish(page: Page, phrases: readonly string[], where: string) {
  const texts = (await pageTexts(page)).join('\n');
  const left = phrases.filter((phrase) =>
    new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(texts),
  );
  expect(left, `English left on ${where}`).toEqual([]);
}

for (const locale of LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en')) {
  test.describe(`${locale}, the browser's language`, () => {
    test.use({ locale: BROWSER_LOCALES[locale] });

    test(`start page, top list and error panel in ${locale}, and the sign-in comes back to it`, async ({ page }) => {
      const phrases = await englishPhrases(locale, BRANDS);
      const segment = localeSegment(locale);
      await page.goto('./');
      await expect(page).toHaveURL(new RegExp(`/${segment}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expectNoEnglish(page, phrases, 'the start page');

      await page.getByRole('button', { name: await translationOf(locale, 'Sign in with Spotify') }).click();
      await page.getByRole('button', { name: 'Agree' }).click();
      await expect(page).toHaveURL(new RegExp(`/${segment}/tracks`));
      await expect(
        page
          .getByRole('list')
          .filter({ has: page.locator('.track-row') })
          .first(),
      ).toBeVisible();
      await expectNoEnglish(page, phrases, 'the top tracks');

      await page.goto(`./${segment}/no-such-page`);
      await expect(page.getByRole('heading', { name: await translationOf(locale, 'Page not found') })).toBeVisible();
      await expectNoEnglish(page, phrases, 'the error panel');
    });
  });
}

test("the root address paints the browser's language in its first frame, then comes alive in it", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // What each of the first frames shows, recorded just before it is painted.
  await page.addInitScript(() => {
    const frames: { visible: boolean; heading: string | null; lang: string }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const record = () => {
      frames.push({
        visible: document.body !== null && getComputedStyle(document.documentElement).visibility === 'visible',
        heading: document.querySelector('h1')?.textContent ?? null,
        lang: document.documentElement.lang,
      });
      if (frames.length < 20) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.goto('./');
  await expect(page).toHaveURL(/\/de\/$/);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const english = await browser.newPage({ locale: 'en-US' });
  await english.goto('./');
  const englishHeading = await english.getByRole('heading', { level: 1 }).textContent();
  await english.close();
  expect(heading).not.toBe(englishHeading);
  const frames = await page.evaluate(() => (window as unknown as { frames_: unknown[] }).frames_);
  const painted = (frames as { visible: boolean; heading: string | null; lang: string }[]).filter(
    (frame) => frame.visible && frame.heading !== null,
  );
  expect(painted.length).toBeGreaterThan(0);
  for (const frame of painted) expect(frame).toEqual({ visible: true, heading, lang: 'de' });
  // Hydrated over the German markup without a mismatch: the theme switch answers.
  await page.getByRole('radio', { name: await translationOf('de', 'Dark') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
  await context.close();
});

test('a shared link opens in its language, and the switch moves to another and remembers it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('./de/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('ja');
  await expect(page).toHaveURL(/\/ja\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The choice is kept: the root address opens in it now, not in the browser's French.
  await page.goto('./');
  await expect(page).toHaveURL(/\/ja\/$/);
  await context.close();
});
