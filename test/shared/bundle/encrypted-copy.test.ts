import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { validateBag } from '../../../shared/bundle/bagit-validate';
import { buildBundle } from '../../../shared/bundle/bundle';
import { encryptedCopy } from '../../../shared/bundle/encrypted-copy';
import { sampleBundleInput } from './sample-bundle';

const PASSWORD = 'correct horse battery staple';
const has7zz = spawnSync('7zz', ['i'], { stdio: 'ignore' }).status === 0;
if (!has7zz) console.warn('7zz (Debian package 7zip) is not installed; the 7-Zip interoperability test is skipped');

async function entryNames(zip: Uint8Array): Promise<{ name: string; encrypted: boolean }[]> {
  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  const list = (await reader.getEntries()).map((e) => ({ name: e.filename, encrypted: e.encrypted }));
  await reader.close();
  return list;
}

describe('encryptedCopy', async () => {
  const bundle = await buildBundle(await sampleBundleInput());
  const enc = await encryptedCopy(bundle, { password: PASSWORD, baggingDate: '2024-03-20' });

  it('round-trips with the right password and validates', async () => {
    const r = await validateBag(enc, { password: PASSWORD, strict: true });
    expect(r).toMatchObject({ valid: true, errors: [], bagName: bundle.bagName });
  });

  it('fails with a wrong password or none', async () => {
    expect((await validateBag(enc, { password: 'not the password' })).errors).toEqual([{ file: '(zip)', problem: 'wrong password' }]);
    expect((await validateBag(enc)).errors).toEqual([{ file: '(zip)', problem: 'the zip is encrypted; give its password' }]);
  });

  it('encrypts every entry, but the names stay readable without the password', async () => {
    const names = await entryNames(enc);
    expect(names.every((e) => e.encrypted)).toBe(true);
    expect(names.map((e) => e.name)).toContain(`${bundle.bagName}/data/attachments/id front.png`);
  });

  it('hides the names when nested', async () => {
    const nested = await encryptedCopy(bundle, { password: PASSWORD, baggingDate: '2024-03-20', nest: true });
    expect(await entryNames(nested)).toEqual([{ name: `${bundle.bagName}.zip`, encrypted: true }]);
    expect(await validateBag(nested, { password: PASSWORD, strict: true })).toMatchObject({ valid: true, bagName: bundle.bagName });
  });

  it('refuses a short password', async () => {
    await expect(encryptedCopy(bundle, { password: 'short', baggingDate: '2024-03-20' })).rejects.toThrow(/at least 8/);
  });

  it.skipIf(!has7zz)('opens in 7-Zip (7zz) with the password as AES-256', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-7z-'));
    try {
      const file = join(dir, 'copy.zip');
      writeFileSync(file, enc);
      const listing = execFileSync('7zz', ['l', '-slt', `-p${PASSWORD}`, file], { encoding: 'utf8' });
      expect(listing).toMatch(/Method = AES-256/);
      execFileSync('7zz', ['t', `-p${PASSWORD}`, file], { stdio: 'ignore' });
      expect(spawnSync('7zz', ['t', '-pwrong-password', file], { stdio: 'ignore' }).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
