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

/** Everything a reader sees or hears on the page: its text, and its labels, titles and placeholders. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template') || !node.textContent?.trim()) continue;
      texts.push(node.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
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
