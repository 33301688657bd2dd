// File type from the first bytes, never from the name: an ID "photo" that is really an HTML page or an SVG
// with script must not be rendered. Signatures follow the WHATWG MIME Sniffing Standard.
import type { SniffedMime } from './types';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

const ascii = (b: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

// ISO-BMFF brands of HEIF images coded with HEVC (HEIC). AVIF shares the container but is not accepted.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const HEIF_GENERIC = new Set(['mif1', 'msf1']);

function isHeic(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 4, 8) !== 'ftyp') return false;
  const size = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const end = Math.min(size, b.length, 256);
  const major = ascii(b, 8, 12);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_GENERIC.has(major)) return false;
  for (let i = 16; i + 4 <= end; i += 4) if (HEIC_BRANDS.has(ascii(b, i, i + 4))) return true;
  return false;
}

// Tags that make a browser treat text as HTML (MIME Sniffing §7.1), each followed by space or `>`.
const HTML_TAGS = ['!doctype html', 'html', 'head', 'script', 'iframe', 'h1', 'div', 'font', 'table', 'a', 'style', 'title', 'b', 'body', 'br', 'p', '!--'];

function textHead(b: Uint8Array): string {
  let start = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) start = 3;
  return ascii(b, start, start + 1024).replace(/^[\t\n\f\r ]+/, '').toLowerCase();
}

function looksLikeSvg(head: string): boolean {
  if (head.startsWith('<svg')) return true;
  // An XML prologue, comments or a doctype may come first; the root element decides.
  if (head.startsWith('<?xml') || head.startsWith('<!--') || head.startsWith('<!doctype svg')) {
    const root = /<(?![?!])([a-z][\w:.-]*)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
    return root?.[1] === 'svg' || root?.[1]?.endsWith(':svg') === true;
  }
  return false;
}

function looksLikeHtml(head: string): boolean {
  if (!head.startsWith('<')) return false;
  return HTML_TAGS.some((tag) => {
    if (!head.startsWith(tag, 1)) return false;
    const next = head[1 + tag.length];
    return next === ' ' || next === '>' || next === '\t' || next === '\n' || next === '\r' || next === '\f';
  });
}

/** The type of a file from its bytes. Unknown content is `application/octet-stream`. */
export function sniffMime(bytes: Uint8Array): SniffedMime {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (isHeic(bytes)) return 'image/heic';
  const head = textHead(bytes);
  if (looksLikeSvg(head)) return 'image/svg+xml';
  if (looksLikeHtml(head)) return 'text/html';
  return 'application/octet-stream';
}

/** Types that can carry script and are therefore never shown inside the app or the report. */
export function isRefusedMime(mime: SniffedMime): boolean {
  return mime === 'image/svg+xml' || mime === 'text/html';
}

/** Types that Chromium shows in an `<img>`; HEIC is kept as evidence but not previewed. */
export function isRenderableImage(mime: SniffedMime): boolean {
  return mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/gif' || mime === 'image/webp';
}
