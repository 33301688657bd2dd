import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../cli/bundle-command';
import { verifyBundle } from '../../cli/verify-command';
import { caseFolder, revolutImport } from './bundle-fixtures';

let dir = '';
let bundlePath = '';
let fingerprint = '';
let bagName = '';

beforeAll(async () => {
  const f = await caseFolder();
  dir = f.dir;
  bundlePath = join(f.out, 'evidence.zip');
  const r = await writeBundle({ ...(await revolutImport()), casePath: f.casePath, lang: 'en', outPath: bundlePath, baggingDate: '2024-03-20', password: 'a long passphrase' });
  fingerprint = r.fingerprint;
  bagName = r.bagName;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tampered(name: string, edit: (files: Record<string, Uint8Array>) => void): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(bundlePath)));
  edit(files);
  const path = join(dir, name);
  await writeFile(path, zipSync(files));
  return path;
}

describe('verifyBundle', () => {
  it('exit 0 and a clear OK for an intact bundle', async () => {
    const r = await verifyBundle(bundlePath);
    expect(r.exitCode).toBe(0);
    expect(r.text).toMatch(new RegExp(`^OK: ${bagName} is intact: 11 payload files, \\d+ bytes, every checksum matches\\.\\n`));
    expect(r.text).toContain(`Fingerprint (SHA-256 of manifest-sha256.txt): ${fingerprint}\n`);
    expect(r.json).toMatchObject({ version: 1, valid: true, bag: bagName, bagitVersion: '1.0', fingerprint, errors: [], warnings: [] });
  });

  it('names the changed file and exits 1', async () => {
    const path = await tampered('changed.zip', (f) => {
      const key = `${bagName}/data/attachments/passport.png`;
      const b = f[key]!;
      b[b.length - 1] = b[b.length - 1]! ^ 0xff;
    });
    const r = await verifyBundle(path);
    expect(r.exitCode).toBe(1);
    expect(r.text.split('\n')[0]).toBe('CHANGED: 2 problems found; this bundle is not as it was made.');
    expect(r.text).toMatch(/ {2}error: data\/attachments\/passport\.png: has changed: its sha256 is [0-9a-f]{64}, manifest-sha256\.txt says [0-9a-f]{64}\n/);
    expect(r.json.errors.map((e) => e.file)).toEqual(['data/attachments/passport.png', 'data/attachments/passport.png']);
  });

  it('names a removed file and an added one', async () => {
    const path = await tampered('edited.zip', (f) => {
      delete f[`${bagName}/data/appeal-letter.txt`];
      f[`${bagName}/data/new.txt`] = new Uint8Array([1, 2, 3]);
    });
    const r = await verifyBundle(path);
    expect(r.exitCode).toBe(1);
    const files = r.json.errors.map((e) => e.file);
    expect(files).toContain('data/appeal-letter.txt');
    expect(files).toContain('data/new.txt');
    expect(r.text).toContain('data/new.txt: is in data/ but not listed in manifest-sha256.txt');
  });

  it('escapes control characters in names from a hostile zip', async () => {
    const path = await tampered('hostile.zip', (f) => {
      f[`${bagName}/data/é\u001b[31mred.txt`] = new Uint8Array([1]);
    });
    const r = await verifyBundle(path);
    expect(r.text).toContain('data/é\\x1b[31mred.txt');
    expect(r.text).not.toContain('\u001b');
  });

  it('verifies the encrypted copy with its password', async () => {
    const enc = join(dir, 'out', 'evidence.encrypted.zip');
    expect((await verifyBundle(enc, { password: 'a long passphrase' })).exitCode).toBe(0);
    const wrong = await verifyBundle(enc, { password: 'not it at all' });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.text).toContain('(zip): wrong password');
  });

  it('speaks Chinese', async () => {
    expect((await verifyBundle(bundlePath, { lang: 'zh-CN' })).text).toMatch(/^通过：evidence-2024-03-20-[0-9a-f]{8} 完整无改动：11 个数据文件/);
  });

  it.each([
    ['a file that does not exist', () => join(dir, 'nope.zip'), /no such file/],
    ['a folder', () => dir, /is a folder/],
  ])('exit 2 for %s', async (_label, path, message) => {
    const r = await verifyBundle(path());
    expect(r.exitCode).toBe(2);
    expect(r.text).toMatch(message);
  });

  it('exit 1 for a file that is not a zip', async () => {
    const path = join(dir, 'not.zip');
    await writeFile(path, 'just text');
    const r = await verifyBundle(path);
    expect(r.exitCode).toBe(1);
    expect(r.json.errors[0]).toMatchObject({ file: '(zip)', problem: expect.stringMatching(/not a readable zip/) });
  });
});
