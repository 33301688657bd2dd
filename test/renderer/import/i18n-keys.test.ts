import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en/import.json';
import zh from '../../../renderer/src/i18n/zh-CN/import.json';
import { PROVIDER_IDS } from '../../../shared/model';

/** Dotted key paths, with plural suffixes folded (English has _one/_other, Chinese only _other). */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
  );
}

describe('import page strings', () => {
  it('English and Chinese have the same keys', () => {
    expect([...new Set(keys(zh))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  it('every provider has a name', () => {
    for (const p of PROVIDER_IDS) {
      expect(en.providers[p]).toBeTruthy();
      expect(zh.providers[p]).toBeTruthy();
    }
  });
});
