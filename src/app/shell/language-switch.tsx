import { currentLocale, t } from '../../i18n/i18n';
import { ENDONYMS, LOCALES, type Locale } from '../../i18n/locales';
import { switchLanguage } from './language';
import { shellMessages } from './messages';

/**
 * The footer's language choice, beside the theme: each language named in itself. Choosing one
 * keeps it on this device and opens the same page at that language's address.
 */
export function LanguageSwitch() {
  return (
    <label className="language-switch">
      <span>{t(shellMessages.language)}</span>
      <select
        value={currentLocale()}
        onChange={(event) => switchLanguage(event.currentTarget.value as Locale)}
        autoComplete="off"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {ENDONYMS[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
