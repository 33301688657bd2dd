// The rules form's state (switches and numbers as typed) and its translation to and from RulesConfig.
// Only options that differ from a rule's defaults are stored, so improving a default later reaches users
// who never touched it.
import type { RuleId, RulesConfig } from '../../../shared/rules/types';

export interface RuleMeta {
  id: RuleId;
  defaultOptions: Record<string, number>;
}

export interface RuleForm {
  enabled: Partial<Record<RuleId, boolean>>;
  options: Partial<Record<RuleId, Record<string, string>>>;
}

export function formFromConfig(config: RulesConfig, metas: readonly RuleMeta[]): RuleForm {
  const form: RuleForm = { enabled: {}, options: {} };
  for (const m of metas) {
    form.enabled[m.id] = !(config.disabled ?? []).includes(m.id);
    const given = config.options?.[m.id] ?? {};
    form.options[m.id] = Object.fromEntries(
      Object.entries(m.defaultOptions).map(([k, d]) => [k, String(typeof given[k] === 'number' ? given[k] : d)]),
    );
  }
  return form;
}

export type RuleFormErrors = Partial<Record<RuleId, string[]>>;

/** Keeps everything in `prev` the form does not own (e.g. the normal list). */
export function configFromForm(
  form: RuleForm,
  metas: readonly RuleMeta[],
  prev: RulesConfig,
): { config: RulesConfig; errors: RuleFormErrors } {
  const disabled: RuleId[] = [];
  const options: NonNullable<RulesConfig['options']> = {};
  const errors: RuleFormErrors = {};
  for (const m of metas) {
    if (form.enabled[m.id] === false) disabled.push(m.id);
    const typed = form.options[m.id] ?? {};
    const changed: Record<string, number> = {};
    for (const [k, d] of Object.entries(m.defaultOptions)) {
      const text = (typed[k] ?? String(d)).trim();
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) {
        (errors[m.id] ??= []).push(k);
        continue;
      }
      if (n !== d) changed[k] = n;
    }
    if (Object.keys(changed).length) options[m.id] = changed;
  }
  const { disabled: _d, options: _o, ...rest } = prev;
  return {
    config: { ...rest, ...(disabled.length ? { disabled } : {}), ...(Object.keys(options).length ? { options } : {}) },
    errors,
  };
}
