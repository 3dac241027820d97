import { THEMES, useTheme, writeTheme } from './theme';
import { t } from '../../i18n/i18n';
import { shellMessages } from './messages';

const LABELS = { system: shellMessages.themeSystem, light: shellMessages.themeLight, dark: shellMessages.themeDark };

/** A radio group: arrow keys move between the three choices, as screen-reader users expect. */
export function ThemeSwitch() {
  const theme = useTheme();
  return (
    <fieldset className="theme-switch">
      <legend>{t(shellMessages.theme)}</legend>
      {THEMES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => writeTheme(option)}
          />
          {t(LABELS[option])}
        </label>
      ))}
    </fieldset>
  );
}
