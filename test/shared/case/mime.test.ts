import { describe, expect, it } from 'vitest';
import { describeAttachment, MAX_ATTACHMENT_BYTES } from '../../../shared/case/attachments';
import { imageInfo, MIN_LONG_SIDE } from '../../../shared/case/image-info';
import { isRefusedMime, isRenderableImage, sniffMime } from '../../../shared/case/mime';
import { gif, heic, jpeg, png, text, webpExtended, webpLossless, webpLossy } from './image-bytes';

describe('sniffMime', () => {
  it.each([
    ['PNG', png(3, 2), 'image/png'],
    ['GIF', gif(3, 2), 'image/gif'],
    ['JPEG', jpeg(3, 2), 'image/jpeg'],
    ['WebP', webpLossy(3, 2), 'image/webp'],
    ['HEIC', heic(3, 2), 'image/heic'],
    ['HEIC by compatible brand', heic(3, 2, 'mif1').map((b, i) => (i >= 16 && i < 20 ? 'heic'.charCodeAt(i - 16) : b)), 'image/heic'],
    ['AVIF is not HEIC', heic(3, 2, 'avif'), 'application/octet-stream'],
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml'],
    ['SVG after an XML prologue and comment', text('\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<svg></svg>'), 'image/svg+xml'],
    ['SVG with a doctype', text('  <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ""><svg/>'), 'image/svg+xml'],
    ['HTML page', text('<!DOCTYPE html><html><script>alert(1)</script>'), 'text/html'],
    ['HTML fragment', text('\n\n<script>fetch("//x")</script>'), 'text/html'],
    ['HTML comment start', text('<!-- x --><p>hi</p>'), 'text/html'],
    ['XML that is not SVG', text('<?xml version="1.0"?><note/>'), 'application/octet-stream'],
    ['plain text', text('hello'), 'application/octet-stream'],
    ['empty', new Uint8Array(), 'application/octet-stream'],
    ['truncated PNG signature', png(3, 2).subarray(0, 5), 'application/octet-stream'],
  ] as const)('%s', (_label, bytes, mime) => {
    expect(sniffMime(bytes)).toBe(mime);
  });

  it('refuses SVG and HTML for rendering and renders only browser image types', () => {
    expect(isRefusedMime('image/svg+xml')).toBe(true);
    expect(isRefusedMime('text/html')).toBe(true);
    expect(isRefusedMime('image/png')).toBe(false);
    expect(isRenderableImage('image/jpeg')).toBe(true);
    expect(isRenderableImage('image/heic')).toBe(false);
    expect(isRenderableImage('image/svg+xml')).toBe(false);
  });
});

describe('imageInfo', () => {
  it.each([
    ['PNG', png(1200, 800), 1200, 800],
    ['GIF', gif(640, 480), 640, 480],
    ['baseline JPEG', jpeg(4032, 3024), 4032, 3024],
    ['progressive JPEG', jpeg(300, 2000, 0xc2), 300, 2000],
    ['WebP lossy', webpLossy(1600, 900), 1600, 900],
    ['WebP lossless', webpLossless(1000, 1), 1000, 1],
    ['WebP extended', webpExtended(5000, 4000), 5000, 4000],
    ['HEIC: the full image, not a 512 px tile', heic(4032, 3024), 4032, 3024],
  ] as const)('%s', (_label, bytes, width, height) => {
    expect(imageInfo(bytes)).toEqual({ width, height });
  });

  it.each([
    ['a PDF has no pixel size', text('%PDF-1.4')],
    ['a JPEG cut before its frame header', jpeg(10, 10).subarray(0, 40)],
    ['a PNG without IHDR', png(2, 2).subarray(0, 12)],
    ['zero-sized GIF', gif(0, 0)],
  ])('%s', (_label, bytes) => {
    expect(imageInfo(bytes)).toBeUndefined();
  });
});

describe('describeAttachment', () => {
  it('records checksum, type from bytes and size, whatever the name says', async () => {
    const bytes = png(2000, 1500);
    const meta = await describeAttachment({ id: 'a1', name: 'passport.pdf', kind: 'id-front', bytes });
    expect(meta).toMatchObject({ mime: 'image/png', width: 2000, height: 1500, size: bytes.length, warnings: [], acceptable: true });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a small ID photo', { kind: 'id-front', bytes: jpeg(MIN_LONG_SIDE - 1, 600) }, ['low-resolution'], true],
    ['a small picture filed as other', { kind: 'other', bytes: jpeg(200, 200) }, [], true],
    ['an SVG named like a photo', { kind: 'id-back', bytes: text('<svg onload="alert(1)"></svg>') }, ['refused-type'], false],
    ['an HTML page', { kind: 'screenshot', bytes: text('<html><body>x') }, ['refused-type'], false],
    ['an unknown file', { kind: 'other', bytes: text('just text') }, ['unknown-type'], true],
    ['an empty file', { kind: 'other', bytes: new Uint8Array() }, ['empty'], false],
    ['an image with a broken header', { kind: 'id-front', bytes: jpeg(10, 10).subarray(0, 40) }, ['unreadable-dimensions'], true],
  ] as const)('%s', async (_label, input, warnings, acceptable) => {
    const meta = await describeAttachment({ id: 'x', name: 'photo.jpg', ...input });
    expect(meta.warnings).toEqual(warnings);
    expect(meta.acceptable).toBe(acceptable);
  });

  it('refuses files over the size limit', async () => {
    const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    bytes.set(png(1200, 1200));
    const meta = await describeAttachment({ id: 'big', name: 'big.png', kind: 'screenshot', bytes });
    expect(meta.warnings).toContain('too-large');
    expect(meta.acceptable).toBe(false);
  });
});
