import { THEMES, useTheme, writeTheme, type Theme } from './theme';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** A radio group: arrow keys move between the three choices, as screen-reader users expect. */
export function ThemeSwitch() {
  const theme = useTheme();
  return (
    <fieldset className="theme-switch">
      <legend>Theme</legend>
      {THEMES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => writeTheme(option)}
          />
          {LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
