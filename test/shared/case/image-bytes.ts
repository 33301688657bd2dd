// Builders for small image files with real headers, so that type and size detection can be tested
// without binary fixtures in the repository.
import { deflateSync } from 'node:zlib';

const u8 = (...parts: (number[] | Uint8Array | string)[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
};
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number): number[] => [(n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, (n >>> 8) & 255];
const le24 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array): number => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const pngChunk = (type: string, data: Uint8Array): Uint8Array => {
  const body = u8(type, data);
  return u8(be32(data.length), body, be32(crc32(body)));
};

/** A complete greyscale PNG of the given size (all black). */
export function png(width: number, height: number): Uint8Array {
  const ihdr = u8(be32(width), be32(height), [8, 0, 0, 0, 0]);
  const raw = new Uint8Array((width + 1) * height);
  return u8([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', new Uint8Array()));
}

export const gif = (w: number, h: number): Uint8Array => u8('GIF89a', le16(w), le16(h), [0, 0, 0], [0x3b]);

/** JPEG markers up to the frame header: SOI, APP0 (JFIF), DQT, then SOF (baseline or progressive). */
export function jpeg(w: number, h: number, sof = 0xc0): Uint8Array {
  const app0 = u8([0xff, 0xe0], be16(16), 'JFIF\0', [1, 1, 0], be16(72), be16(72), [0, 0]);
  const dqt = u8([0xff, 0xdb], be16(67), [0], new Array(64).fill(1));
  const dht = u8([0xff, 0xc4], be16(2 + 17 + 1), [0], new Array(16).fill(0), [0]);
  const sofSeg = u8([0xff, sof], be16(11), [8], be16(h), be16(w), [1, 1, 0x11, 0]);
  return u8([0xff, 0xd8], app0, dqt, dht, sofSeg, [0xff, 0xd9]);
}

const riff = (chunk: string, payload: Uint8Array): Uint8Array => u8('RIFF', le32(4 + 8 + payload.length), 'WEBP', chunk, le32(payload.length), payload);
export const webpLossy = (w: number, h: number): Uint8Array => riff('VP8 ', u8([0, 0, 0], [0x9d, 0x01, 0x2a], le16(w), le16(h), new Array(10).fill(0)));
export function webpLossless(w: number, h: number): Uint8Array {
  const bits = ((w - 1) & 0x3fff) | (((h - 1) & 0x3fff) << 14);
  return riff('VP8L', u8([0x2f], le32(bits), new Array(5).fill(0)));
}
export const webpExtended = (w: number, h: number): Uint8Array => riff('VP8X', u8([0, 0, 0, 0], le24(w - 1), le24(h - 1)));

const box = (type: string, ...body: Uint8Array[]): Uint8Array => {
  const inner = u8(...body);
  return u8(be32(8 + inner.length), type, inner);
};
const ispe = (w: number, h: number): Uint8Array => box('ispe', u8([0, 0, 0, 0], be32(w), be32(h)));

/** The HEIF boxes that carry sizes: ftyp, then meta → iprp → ipco with a tile and the full image size. */
export function heic(w: number, h: number, brand = 'heic'): Uint8Array {
  const ftyp = box('ftyp', u8(brand, be32(0), 'mif1', brand));
  const hdlr = box('hdlr', u8(new Array(8).fill(0), 'pict', new Array(13).fill(0)));
  const meta = box('meta', u8([0, 0, 0, 0]), hdlr, box('iprp', box('ipco', ispe(512, 512), ispe(w, h))));
  return u8(ftyp, meta);
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
