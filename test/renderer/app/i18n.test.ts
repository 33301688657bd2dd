import { describe, expect, it } from 'vitest';
import { buildResources, pickLanguage } from '../../../renderer/src/i18n/resources';
import { createI18n } from '../../../renderer/src/i18n';

describe('buildResources', () => {
  it('makes one namespace per file and language, whatever the module shape', () => {
    const { resources, namespaces } = buildResources({
      './en/common.json': { default: { hi: 'Hello' } },
      './zh-CN/common.json': { default: { hi: '你好' } },
      './en/import.json': { title: 'Import' },
      './README.md': { default: {} },
    });
    expect(resources).toEqual({ en: { common: { hi: 'Hello' }, import: { title: 'Import' } }, 'zh-CN': { common: { hi: '你好' } } });
    expect(namespaces).toEqual(['common', 'import']);
  });
});

describe('pickLanguage', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-GB'], 'en'],
    [['de-DE', 'zh-CN'], 'zh-CN'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (langs, expected) => expect(pickLanguage(langs)).toBe(expected));
});

// Every string the English UI has must exist in Chinese and the other way round; plural suffixes differ
// by language (English _one/_other, Chinese only _other), so they are compared without them.
describe('translations', () => {
  const modules = import.meta.glob('../../../renderer/src/i18n/*/*.json', { eager: true });
  const { resources, namespaces } = buildResources(modules as Record<string, never>);
  const keys = (o: unknown, prefix = ''): string[] =>
    typeof o === 'object' && o !== null
      ? Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
      : [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];

  it.each(namespaces)('namespace %s has the same keys in en and zh-CN', (ns) => {
    const en = new Set(keys(resources.en?.[ns]));
    const zh = new Set(keys(resources['zh-CN']?.[ns]));
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
  });

  it('formats counts per language', () => {
    const en = createI18n('en');
    const zh = createI18n('zh-CN');
    expect(en.t('transactions:count', { count: 1 })).toBe('1 transaction');
    expect(en.t('transactions:count', { count: 1234567 })).toBe('1,234,567 transactions');
    expect(zh.t('transactions:count', { count: 2 })).toBe('共 2 笔交易');
  });
});
