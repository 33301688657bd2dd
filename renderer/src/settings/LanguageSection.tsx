import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/SettingsContext';
import { LANGUAGES, isLanguage } from '../i18n';

// Each language names itself, so a user who cannot read the current one still finds theirs.
const NAMES: Record<(typeof LANGUAGES)[number], string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const { settings, save } = useSettings();
  const id = useId();
  const current = isLanguage(settings?.language) ? settings.language : isLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <section aria-labelledby={`${id}-h`} className="settings-section">
      <h2 id={`${id}-h`}>{t('language.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('language.label')}</label>
        <select
          id={`${id}-lang`}
          value={current}
          disabled={!settings}
          onChange={(e) => {
            const lng = e.target.value;
            if (settings && isLanguage(lng)) void save({ ...settings, language: lng });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {NAMES[l]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
