// Image dimensions read from header bytes only (no decoding), to warn when an ID photo is too small to be
// legible. A blur check needs decoded pixels, which the renderer has for free in a canvas (variance of
// the Laplacian over a downscaled copy); it is not done here because decoding JPEG/HEIC in pure TS is
// neither cheap nor small.
import { sniffMime } from './mime';

export interface ImageInfo {
  width: number;
  height: number;
}

/** Below this many pixels on the long side, text on an ID card is often unreadable after upload. */
export const MIN_LONG_SIDE = 1000;

const be16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const be32 = (b: Uint8Array, i: number): number => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const le16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const le24 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const tag = (b: Uint8Array, i: number): string => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);

function png(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 24 || tag(b, 12) !== 'IHDR') return undefined;
  return { width: be32(b, 16), height: be32(b, 20) };
}

function gif(b: Uint8Array): ImageInfo | undefined {
  return b.length < 10 ? undefined : { width: le16(b, 6), height: le16(b, 8) };
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
function jpeg(b: Uint8Array): ImageInfo | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    const len = be16(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: be16(b, i + 5), width: be16(b, i + 7) };
    }
    if (len < 2) return undefined;
    i += 2 + len;
  }
  return undefined;
}

function webp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 30) return undefined;
  const chunk = tag(b, 12);
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  return undefined;
}

// HEIF: the `ispe` properties inside meta/iprp/ipco hold each item's size. The largest one is the primary
// image (the others are tiles of a grid or thumbnails).
function heic(b: Uint8Array): ImageInfo | undefined {
  let best: ImageInfo | undefined;
  const walk = (from: number, to: number, depth: number): void => {
    let i = from;
    while (i + 8 <= to && depth < 6) {
      let size = be32(b, i);
      const type = tag(b, i + 4);
      let header = 8;
      if (size === 1) {
        if (i + 16 > to) return;
        size = be32(b, i + 8) * 2 ** 32 + be32(b, i + 12);
        header = 16;
      } else if (size === 0) size = to - i;
      if (size < header || i + size > to) return;
      if (type === 'meta') walk(i + header + 4, i + size, depth + 1);
      else if (type === 'iprp' || type === 'ipco') walk(i + header, i + size, depth + 1);
      else if (type === 'ispe' && size >= header + 12) {
        const info = { width: be32(b, i + header + 4), height: be32(b, i + header + 8) };
        if (!best || info.width * info.height > best.width * best.height) best = info;
      }
      i += size;
    }
  };
  walk(0, b.length, 0);
  return best;
}

/** Width and height from the header bytes, or undefined when the type has none or the header is damaged. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  let info: ImageInfo | undefined;
  switch (sniffMime(bytes)) {
    case 'image/png': info = png(bytes); break;
    case 'image/gif': info = gif(bytes); break;
    case 'image/jpeg': info = jpeg(bytes); break;
    case 'image/webp': info = webp(bytes); break;
    case 'image/heic': info = heic(bytes); break;
    default: return undefined;
  }
  return info && info.width > 0 && info.height > 0 ? info : undefined;
}

/** Whether the picture is big enough for its text to be read (long side at least MIN_LONG_SIDE px). */
export function isClearEnough(info: ImageInfo): boolean {
  return Math.max(info.width, info.height) >= MIN_LONG_SIDE;
}
