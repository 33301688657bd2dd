// Bytes → text. Order: BOM, strict UTF-8, strict GB18030. GB18030 rather than GBK: it is a superset,
// and some runtimes' 'gbk' decoder silently drops bytes.

export type EncodingId = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export const ENCODINGS: readonly EncodingId[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

export interface Decoded {
  text: string;
  encoding: EncodingId;
  bom: boolean;
}

export class DecodeError extends Error {}

function bomOf(b: Uint8Array): EncodingId | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM still shows itself: every other byte of ASCII text is zero. */
function looksUtf16(b: Uint8Array): EncodingId | undefined {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return undefined;
}

function strict(bytes: Uint8Array, enc: EncodingId): string | undefined {
  try {
    return new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes an export. `override` forces an encoding (the user's choice in the preview); a forced decode
 * is lenient so the user can see what it gives. Throws DecodeError when no encoding reads the bytes.
 */
export function decodeBytes(bytes: Uint8Array, override?: EncodingId): Decoded {
  const bom = bomOf(bytes);
  if (override) {
    const text = new TextDecoder(override, { ignoreBOM: false }).decode(bytes);
    return { text: stripBom(text), encoding: override, bom: bom === override };
  }
  const candidates: EncodingId[] = bom ? [bom] : [looksUtf16(bytes) ?? 'utf-8', 'gb18030'];
  for (const enc of candidates) {
    const text = strict(bytes, enc);
    if (text !== undefined) return { text: stripBom(text), encoding: enc, bom: bom === enc };
  }
  throw new DecodeError('the bytes are not UTF-8, GB18030 or UTF-16 text');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
