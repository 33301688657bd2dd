import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BAGIT_TXT, buildBag, encodeManifestPath, zipBag } from '../../../shared/bundle/bagit-writer';
import { validateBag } from '../../../shared/bundle/bagit-validate';

const enc = new TextEncoder();
const dec = new TextDecoder();
const payload = [
  { path: 'z.txt', bytes: enc.encode('last') },
  { path: 'a/b.txt', bytes: enc.encode('hello') },
  { path: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
];

describe('buildBag', () => {
  it('writes the BagIt 1.0 tag files exactly', async () => {
    const { files } = await buildBag(payload, { baggingDate: '2024-03-20', info: { sourceOrganization: 'Me\nand you', contactEmail: 'me@example.com' } });
    expect(dec.decode(files.get('bagit.txt'))).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(files.get('bagit.txt')![0]).not.toBe(0xef); // no BOM
    expect(dec.decode(files.get('bag-info.txt'))).toBe(
      'Bagging-Date: 2024-03-20\nPayload-Oxum: 20.3\nSource-Organization: Me and you\nContact-Email: me@example.com\n',
    );
    expect([...files.keys()]).toEqual([
      'bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt',
      'data/a/b.txt', 'data/photo.png', 'data/z.txt',
    ]);
    const manifest = dec.decode(files.get('manifest-sha256.txt')).split('\n');
    expect(manifest[0]).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  data/a/b.txt');
    expect(manifest.map((l) => l.split('  ')[1])).toEqual(['data/a/b.txt', 'data/photo.png', 'data/z.txt', undefined]);
    const tags = dec.decode(files.get('tagmanifest-sha256.txt'));
    expect(tags.split('\n').map((l) => l.split('  ')[1]).filter(Boolean)).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt']);
    expect(await validateBag(files, { strict: true })).toMatchObject({ valid: true, errors: [], warnings: [], version: '1.0' });
  });

  it.each([['../x'], ['a//b'], ['./a'], ['a\\b'], ['line\nbreak'], ['']])('refuses the unsafe payload path %j', async (path) => {
    await expect(buildBag([{ path, bytes: new Uint8Array() }], { baggingDate: '2024-01-01' })).rejects.toThrow(/unsafe payload path/);
  });

  it('refuses names that differ only in case', async () => {
    await expect(buildBag([{ path: 'A.txt', bytes: new Uint8Array() }, { path: 'a.txt', bytes: new Uint8Array() }], { baggingDate: '2024-01-01' })).rejects.toThrow(/more than case/);
  });

  it('percent-encodes CR, LF and % in manifest paths (RFC 8493 §2.1.3)', () => {
    expect(encodeManifestPath('data/100%\r\n.txt')).toBe('data/100%25%0D%0A.txt');
  });
});

describe('zipBag', () => {
  it('holds one top-level directory, stores images and deflates text, with the bagging date as time', async () => {
    const { files } = await buildBag(payload, { baggingDate: '2024-03-20' });
    const zip = zipBag('evidence-x', files, '2024-03-20');
    const back = unzipSync(zip);
    expect(Object.keys(back).every((k) => k.startsWith('evidence-x/'))).toBe(true);
    expect(dec.decode(back['evidence-x/bagit.txt'])).toBe(BAGIT_TXT);
    // First local header: DOS time at offset 10, date at 12 (little endian), 12:00:00 on 2024-03-20.
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(10, true)).toBe(12 << 11);
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (3 << 5) | 20);
    expect(await validateBag(zip, { strict: true })).toMatchObject({ valid: true, bagName: 'evidence-x' });
  });

  it('gives the same bytes for the same input', async () => {
    const a = zipBag('b', (await buildBag(payload, { baggingDate: '2024-03-20' })).files, '2024-03-20');
    const b = zipBag('b', (await buildBag([...payload].reverse(), { baggingDate: '2024-03-20' })).files, '2024-03-20');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it.each(['../up', '.hidden', 'a/b', ''])('refuses the bag name %j', (name) => {
    expect(() => zipBag(name, new Map(), '2024-01-01')).toThrow(/unsafe bag name/);
  });
});
