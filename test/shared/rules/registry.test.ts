// Files, ids, tests and the registry must agree: one rule = one file named by its id in checks/, one
// mirrored test, one line in the sorted registry, one member of the RuleId type, words in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/rules/format';
import { RULE_IDS, RULES } from '../../../shared/rules/registry';

const root = path.resolve(__dirname, '../../..');
const checks = path.join(root, 'shared/rules/checks');
const tests = path.join(root, 'test/shared/rules/checks');
const names = (dir: string, suffix: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();

describe('rule registry', () => {
  it('lists every file in checks/, and nothing else', () => {
    expect([...RULE_IDS].sort()).toEqual(names(checks, '.ts'));
  });

  it('is sorted by id, without duplicates', () => {
    const ids = [...RULE_IDS];
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('has one line per rule in registry.ts', () => {
    const text = readFileSync(path.join(root, 'shared/rules/registry.ts'), 'utf8');
    const body = text.slice(text.indexOf('RULES'), text.indexOf('];'));
    const lines = body.split('\n').map((l) => l.trim()).filter((l) => /^[a-zA-Z]+,$/.test(l));
    expect(lines).toHaveLength(RULES.length);
  });

  it('has a mirrored test for every rule', () => {
    expect(names(tests, '.test.ts')).toEqual([...RULE_IDS].sort());
  });

  it('exports each rule from the file named by its id', async () => {
    for (const rule of RULES) {
      const mod = (await import(`../../../shared/rules/checks/${rule.meta.id}.ts`)) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(rule);
    }
  });

  it('matches the RuleId type', () => {
    const text = readFileSync(path.join(root, 'shared/rules/types.ts'), 'utf8');
    const union = /export type RuleId =([^;]+);/.exec(text)![1]!;
    const ids = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(ids).toEqual([...RULE_IDS].sort());
  });

  it('has a title and description in English and Chinese for every rule', () => {
    for (const id of RULE_IDS) {
      for (const c of Object.values(catalogs)) {
        expect(c.titles[id]).toBeTruthy();
        expect(c.descriptions[id]).toBeTruthy();
      }
    }
  });

  it('keeps option defaults numeric, so config overrides apply to them', () => {
    for (const rule of RULES) {
      for (const v of Object.values(rule.meta.defaultOptions)) expect(typeof v).toBe('number');
      expect(rule.meta.title).toBe(`rules.${rule.meta.id}.title`);
    }
  });
});
