// The Library of Congress BagIt conformance suite: valid bags pass, invalid ones fail naming the file at
// fault, warning bags pass with a warning. The validator reads a file map (or a zip), never the disk, so
// the suite's linux-only and windows-only path escapes are recognised on every OS and all must fail.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBag } from '../../../shared/bundle/bagit-validate';

const SUITE = resolve(__dirname, '../../../..', 'shared/fixtures/bagit-conformance');
const present = existsSync(SUITE);
if (!present) console.warn(`BagIt conformance suite not found at ${SUITE}; its tests are skipped`);

function load(dir: string, prefix = '', out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) load(p, `${prefix}${name}/`, out);
    else out.set(prefix + name, new Uint8Array(readFileSync(p)));
  }
  return out;
}

function bags(category: string): [string, string][] {
  if (!present) return [];
  return ['v1.0', 'v0.97'].flatMap((v) => {
    const dir = join(SUITE, v, category);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((b) => statSync(join(dir, b)).isDirectory())
      .sort()
      .map((b) => [`${v}/${category}/${b}`, join(dir, b)] as [string, string]);
  });
}

// The file each invalid bag should be blamed on.
const BLAME: Record<string, string> = {
  'bagit-with-invalid-whitespace': 'bagit.txt',
  notAllManifestsListAllFiles: 'data/missingFromManifest.txt',
  'same-filename-listed-twice-with-different-hashes': 'data/README',
  'same-filename-listed-twice-with-the-same-hash': 'data/README',
  'baginfo-missing-encoding': 'bagit.txt',
  'bom-in-bagit.txt': 'bagit.txt',
  'corrupt-data-file': 'data/bare-filename',
  'corrupt-tag-file': 'bag-info.txt',
  'extra-file-in-bag': 'data/bar',
  'invalid-version-number': 'bagit.txt',
  'missing-baginfo': 'bag-info.txt',
  'missing-bagit.txt': 'bagit.txt',
  'out-of-scope-file-paths-using-dot-notation': 'manifest-md5.txt',
  'out-of-scope-file-paths-using-dot-notation-for-fetch': 'fetch.txt',
  'out-of-scope-file-paths-using-absolute-path': 'manifest-md5.txt',
  'out-of-scope-file-paths-using-absolute-path-for-fetch': 'fetch.txt',
  'out-of-scope-file-paths-using-shortcut': 'manifest-md5.txt',
  'out-of-scope-file-paths-using-shortcut-for-fetch': 'fetch.txt',
  'out-of-scope-file-paths-using-shortcut-username': 'manifest-md5.txt',
  'out-of-scope-file-paths-using-shortcut-username-for-fetch': 'fetch.txt',
  'out-of-scope-file-paths-using-unc': 'manifest-md5.txt',
  'out-of-scope-file-paths-using-unc-for-fetch': 'fetch.txt',
};

function loadBag(dir: string): Map<string, Uint8Array> {
  const files = load(dir);
  // The copy of special-system-files beside this project lost its `data/.DS_Store` (an empty file in the
  // upstream suite: its manifest line is the SHA-512 of zero bytes). Put it back so the bag is the one
  // the suite means.
  if (dir.endsWith('special-system-files') && !files.has('data/.DS_Store')) files.set('data/.DS_Store', new Uint8Array());
  return files;
}

describe.skipIf(!present)('BagIt conformance suite', () => {
  it.each(bags('valid'))('%s is valid', async (_name, dir) => {
    const r = await validateBag(loadBag(dir));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it.each(bags('warning'))('%s is valid with a warning', async (_name, dir) => {
    const r = await validateBag(loadBag(dir));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it.each([...bags('invalid'), ...bags('linux-only'), ...bags('windows-only')])('%s is invalid', async (name, dir) => {
    const r = await validateBag(loadBag(dir));
    expect(r.valid).toBe(false);
    const blamed = BLAME[name.split('/').pop()!];
    expect(blamed, `no expected file for ${name}`).toBeDefined();
    expect(r.errors.map((e) => e.file)).toContain(blamed);
  });

  it('reads the same bags from a zip with one top-level directory', async () => {
    for (const [name, dir] of [...bags('valid'), ...bags('invalid')]) {
      const files = loadBag(dir);
      const zip = zipSync(Object.fromEntries([...files].map(([p, b]) => [`bag/${p}`, b])));
      const fromMap = await validateBag(files);
      const fromZip = await validateBag(zip);
      expect(fromZip.valid, name).toBe(fromMap.valid);
      expect(fromZip.bagName).toBe('bag');
    }
  });
});
