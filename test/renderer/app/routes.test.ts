import { describe, expect, it } from 'vitest';
import { hrefFor, NAV_ITEMS, parseHash } from '../../../renderer/src/app/routes';

describe('hash routes', () => {
  it.each([
    ['', 'home', '/'],
    ['#', 'home', '/'],
    ['#/', 'home', '/'],
    ['#/transactions', 'transactions', '/transactions'],
    ['#/transactions/', 'transactions', '/transactions'],
    ['#transactions', 'transactions', '/transactions'],
    ['#/findings?x=1', 'findings', '/findings'],
    ['#/settings', 'settings', '/settings'],
    ['#/import', 'import', '/import'],
    ['#/nowhere', undefined, '/nowhere'],
  ])('%s → %s', (hash, id, path) => {
    const r = parseHash(hash);
    expect(r.id).toBe(id);
    expect(r.path).toBe(path);
  });

  it('keeps query parameters, decoded', () => {
    expect(parseHash('#/transactions?finding=a%3Ab%20c').params.get('finding')).toBe('a:b c');
  });

  it('builds links that parse back to the same route', () => {
    for (const item of NAV_ITEMS) expect(parseHash(hrefFor(item.id)).id).toBe(item.id);
    const href = hrefFor('transactions', { finding: 'new-payee:revolut:x y' });
    expect(parseHash(href).params.get('finding')).toBe('new-payee:revolut:x y');
  });
});
