// Finding ids that survive re-runs: a hash of the rule and the sorted transaction ids, so review marks
// and case notes stay attached while the same evidence is found again. Synchronous (runRules is), so a
// small non-cryptographic hash (cyrb53) rather than crypto.subtle.

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function findingId(rule: string, transactionIds: readonly string[]): string {
  const text = `${rule}\n${[...transactionIds].sort().join('\n')}`;
  return `${rule}:${cyrb53(text).toString(16).padStart(14, '0')}${cyrb53(text, 1).toString(16).padStart(14, '0')}`;
}
