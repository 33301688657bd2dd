import { describe, expect, it } from 'vitest';
import { configFromForm, formFromConfig, type RuleMeta } from '../../../renderer/src/settings/ruleForm';

const metas: RuleMeta[] = [
  { id: 'burst', defaultOptions: { gapMinutes: 20, minCount: 4 } },
  { id: 'odd-hours', defaultOptions: { maxDensity: 0.12 } },
];

describe('rules form', () => {
  it('fills switches and numbers from the config, defaults where nothing was set', () => {
    const form = formFromConfig({ disabled: ['odd-hours'], options: { burst: { minCount: 6 } } }, metas);
    expect(form.enabled).toEqual({ burst: true, 'odd-hours': false });
    expect(form.options).toEqual({ burst: { gapMinutes: '20', minCount: '6' }, 'odd-hours': { maxDensity: '0.12' } });
  });

  it('stores only what differs from the defaults and keeps the normal list', () => {
    const prev = { normal: [{ counterparty: 'Gym' }], options: { burst: { minCount: 6 } } };
    const form = formFromConfig(prev, metas);
    form.enabled['burst'] = false;
    form.options['burst'] = { gapMinutes: '30', minCount: '4' };
    form.options['odd-hours'] = { maxDensity: ' 0.12 ' };
    const { config, errors } = configFromForm(form, metas, prev);
    expect(errors).toEqual({});
    expect(config).toEqual({ normal: [{ counterparty: 'Gym' }], disabled: ['burst'], options: { burst: { gapMinutes: 30 } } });
  });

  it('round-trips a config unchanged', () => {
    const cfg = { disabled: ['burst' as const], options: { 'odd-hours': { maxDensity: 0.2 } } };
    expect(configFromForm(formFromConfig(cfg, metas), metas, cfg).config).toEqual(cfg);
  });

  it.each(['', 'abc', 'NaN', 'Infinity'])('rejects %j as a number', (text) => {
    const form = formFromConfig({}, metas);
    form.options['burst'] = { gapMinutes: text, minCount: '4' };
    expect(configFromForm(form, metas, {}).errors).toEqual({ burst: ['gapMinutes'] });
  });
});

describe('rule option labels', () => {
  it('every option of every rule has a label in both languages', async () => {
    const { RULE_METAS } = await import('../../../renderer/src/settings/ruleCatalog');
    const en = (await import('../../../renderer/src/i18n/en/settings.json')).default.ruleOptions as Record<string, string>;
    const zh = (await import('../../../renderer/src/i18n/zh-CN/settings.json')).default.ruleOptions as Record<string, string>;
    const keys = [...new Set(RULE_METAS.flatMap((m) => Object.keys(m.defaultOptions)))];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !en[k] || !zh[k])).toEqual([]);
  });
});
