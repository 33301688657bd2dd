import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/SettingsContext';
import type { ThemeChoice } from '../app/theme';

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSection() {
  const { t } = useTranslation('settings');
  const { settings, save } = useSettings();
  const id = useId();
  const current = settings?.theme ?? 'system';
  return (
    <section aria-labelledby={`${id}-h`} className="settings-section">
      <h2 id={`${id}-h`}>{t('theme.title')}</h2>
      <fieldset className="radio-row">
        <legend className="visually-hidden">{t('theme.title')}</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={current === theme}
              disabled={!settings}
              onChange={() => settings && void save({ ...settings, theme })}
            />
            {t(`theme.${theme}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
