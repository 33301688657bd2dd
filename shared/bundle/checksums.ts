// Checksums for BagIt manifests. SHA-1/256/384/512 use Web Crypto (native speed in Node and Chromium);
// MD5 and SHA-224, which Web Crypto lacks but older bags use, come from @noble/hashes.
import { md5 } from '@noble/hashes/legacy.js';
import { sha224 } from '@noble/hashes/sha2.js';

export const BAG_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
export type BagAlgorithm = (typeof BAG_ALGORITHMS)[number];

const SUBTLE: Partial<Record<BagAlgorithm, string>> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const NOBLE: Partial<Record<BagAlgorithm, (b: Uint8Array) => Uint8Array>> = { md5, sha224 };

export const HEX_LENGTH: Record<BagAlgorithm, number> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };

export function isBagAlgorithm(s: string): s is BagAlgorithm {
  return (BAG_ALGORITHMS as readonly string[]).includes(s);
}

const toHex = (b: Uint8Array): string => {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
};

export async function digestHex(alg: BagAlgorithm, bytes: Uint8Array): Promise<string> {
  const subtle = SUBTLE[alg];
  if (subtle) return toHex(new Uint8Array(await crypto.subtle.digest(subtle, bytes as Uint8Array<ArrayBuffer>)));
  return toHex(NOBLE[alg]!(bytes));
}
