import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { decodeBytes, DecodeError } from '../../shared/decode';

const TEXT = '交易时间,交易对方,金额\n2023-03-01 12:00:00,淘宝,12.50\n';
const gbk = (s: string): Uint8Array => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: s }));
const utf16le = (s: string, bom: boolean): Uint8Array => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = 0xff;
    out[i++] = 0xfe;
  }
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out[i++] = c & 0xff;
    out[i++] = c >> 8;
  }
  return out;
};

describe('decodeBytes', () => {
  it('reads GBK/GB18030 exports', () => {
    expect(decodeBytes(gbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030', bom: false });
  });
  it('reads 4-byte GB18030 sequences that a GBK decoder would drop', () => {
    const rare = '𠀀,€,·';
    expect(decodeBytes(gbk(rare)).text).toBe(rare);
  });
  it('reads UTF-8 with and without BOM, stripping the BOM', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', bom: false });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: TEXT, encoding: 'utf-8', bom: true });
  });
  it('reads UTF-16LE by its BOM, and without one by its zero bytes', () => {
    expect(decodeBytes(utf16le(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le', bom: true });
    const ascii = 'Date,Amount\n2024-01-01,1.00\n';
    expect(decodeBytes(utf16le(ascii, false))).toMatchObject({ text: ascii, encoding: 'utf-16le' });
  });
  it('lets the user force an encoding', () => {
    expect(decodeBytes(new TextEncoder().encode('abc'), 'gb18030')).toMatchObject({ text: 'abc', encoding: 'gb18030' });
  });
  it('throws a DecodeError for bytes no encoding reads', () => {
    expect(() => decodeBytes(new Uint8Array([0x80, 0xff, 0xfe, 0x81, 0x30, 0xff]))).toThrow(DecodeError);
  });
});
