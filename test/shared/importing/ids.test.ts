import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { contentId } from '../../../shared/importing/ids';

// The id is the first 32 hex digits of SHA-256 over `key␞occurrence` in UTF-8, whatever the key's length.
const reference = (provider: string, key: string, n: number): string =>
  `${provider}:h:${bytesToHex(sha256(new TextEncoder().encode(`${key}\u001e${n}`))).slice(0, 32)}`;

describe('contentId', () => {
  it.each([
    ['a short ASCII key', 'revolut\u001facct\u001f2024-01-01T10:00:00+01:00\u001f-500\u001fEUR\u001fCafé\u001fCafé\u001f', 0],
    ['a later occurrence', 'revolut\u001facct\u001f2024-01-01T10:00:00+01:00\u001f-500\u001fEUR\u001fShop\u001fShop\u001f', 3],
    ['a key of CJK text', '支付宝\u001f星巴克咖啡'.repeat(10), 1],
    ['a key longer than the reused buffer', 'x'.repeat(5000), 0],
    ['a long key of three-byte characters', '星'.repeat(2000), 2],
  ])('matches SHA-256 of the key and occurrence for %s', (_label, key, n) => {
    const id = contentId('revolut', key, n);
    expect(id).toBe(reference('revolut', key, n));
    expect(id).toMatch(/^revolut:h:[0-9a-f]{32}$/);
  });
});
