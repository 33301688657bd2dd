// Rule switches and thresholds. Saved together with one button, because every save re-runs the rules
// over the whole history and a re-run per keystroke would be wasteful.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/rules/types';
import { useSettings } from '../app/SettingsContext';
import { useRerunRules } from '../app/useRerunRules';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useToast } from '../ui/ToastProvider';
import { humanizeOption, RULE_METAS, ruleDescription, ruleName } from './ruleCatalog';
import { configFromForm, formFromConfig, type RuleForm, type RuleFormErrors } from './ruleForm';

export function RulesSection() {
  const { t, i18n } = useTranslation('settings');
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { settings, save } = useSettings();
  const { state, rerun } = useRerunRules();
  const toast = useToast();
  const id = useId();
  const [form, setForm] = useState<RuleForm>();
  const [errors, setErrors] = useState<RuleFormErrors>({});

  const rulesConfig = settings?.rules;
  useEffect(() => {
    if (rulesConfig) setForm(formFromConfig(rulesConfig, RULE_METAS));
  }, [rulesConfig]);

  if (!settings || !form) return null;

  const onSave = async (): Promise<void> => {
    const { config, errors: errs } = configFromForm(form, RULE_METAS, settings.rules);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    await save({ ...settings, rules: config });
    if (await rerun()) toast({ message: t('rules.saved') });
  };

  return (
    <section aria-labelledby={`${id}-h`} className="settings-section">
      <h2 id={`${id}-h`}>{t('rules.title')}</h2>
      <p className="muted">{t('rules.help')}</p>
      <ul className="rule-list">
        {RULE_METAS.map((m) => {
          const on = form.enabled[m.id] !== false;
          const bad = errors[m.id] ?? [];
          return (
            <li key={m.id} className="rule-item">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => setForm({ ...form, enabled: { ...form.enabled, [m.id]: e.target.checked } })}
                />
                <strong>{ruleName(m.id, lang)}</strong>
              </label>
              <p className="muted">{ruleDescription(m.id, lang)}</p>
              {Object.keys(m.defaultOptions).length > 0 && (
                <fieldset className="rule-options" disabled={!on}>
                  <legend className="visually-hidden">{t('rules.options', { rule: ruleName(m.id, lang) })}</legend>
                  {Object.keys(m.defaultOptions).map((k) => {
                    const inputId = `${id}-${m.id}-${k}`;
                    const invalid = bad.includes(k);
                    return (
                      <div className="field" key={k}>
                        <label htmlFor={inputId}>{t(`ruleOptions.${k}`, { defaultValue: humanizeOption(k) })}</label>
                        <input
                          id={inputId}
                          type="number"
                          step="any"
                          value={form.options[m.id]?.[k] ?? ''}
                          aria-invalid={invalid || undefined}
                          aria-describedby={invalid ? `${inputId}-err` : undefined}
                          onChange={(e) =>
                            setForm({ ...form, options: { ...form.options, [m.id]: { ...form.options[m.id], [k]: e.target.value } } })
                          }
                        />
                        {invalid && (
                          <span id={`${inputId}-err`} className="field-error">
                            {t('rules.invalid')}
                          </span>
                        )}
                      </div>
                    );
                  })}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      {state.running && <ProgressStatus fraction={state.fraction} label={state.label || t('rules.rerunning')} />}
      {state.error && <p role="alert">{state.error}</p>}
      <div className="page-actions">
        <button type="button" className="button button-primary" disabled={state.running} onClick={() => void onSave()}>
          {t('rules.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={state.running}
          onClick={() => setForm(formFromConfig({ normal: settings.rules.normal ?? [] }, RULE_METAS))}
        >
          {t('rules.reset')}
        </button>
      </div>
    </section>
  );
}
