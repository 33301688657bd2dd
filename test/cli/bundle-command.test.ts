import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleError, defaultBaggingDate, writeBundle } from '../../cli/bundle-command';
import { validateBag } from '../../shared/bundle/bagit-validate';
import { CASE, caseFolder, REVOLUT_CSV, revolutImport } from './bundle-fixtures';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function folder(caseJson?: unknown) {
  const f = await caseFolder(caseJson);
  dirs.push(f.dir);
  return f;
}
const text = (b: Uint8Array | undefined): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('writeBundle', () => {
  it('writes a valid bundle from imports, findings and a case file with attachments', async () => {
    const { casePath, out } = await folder();
    const run = await revolutImport();
    const outPath = join(out, 'evidence.zip');
    const r = await writeBundle({ ...run, casePath, lang: 'en', outPath, baggingDate: '2024-03-20' });
    expect(r).toMatchObject({ path: outPath, bagName: expect.stringMatching(/^evidence-2024-03-20-[0-9a-f]{8}$/), skipped: [] });
    const zip = new Uint8Array(await readFile(outPath));
    expect(r.size).toBe(zip.length);
    expect(await validateBag(zip, { strict: true })).toMatchObject({ valid: true, manifestSha256: r.fingerprint });

    const files = unzipSync(zip);
    const at = (p: string) => files[`${r.bagName}/${p}`];
    expect(text(at('data/originals/revolut statement.csv'))).toBe(REVOLUT_CSV);
    expect(Object.keys(files).filter((k) => k.includes('/attachments/')).map((k) => k.split('/').pop())).toEqual(['passport.png', 'restriction notice.jpg']);
    expect(text(at('data/transactions.csv'))).toContain(`,'=cmd|calc,`);
    expect(text(at('data/findings.csv'))).toContain('First payment to =cmd|calc');
    expect(text(at('data/contact-log.csv'))).toContain('Upload your passport');
    expect(text(at('data/appeal-letter.txt'))).toContain('My name is Jane Doe. I hold the account me@example.com');
    expect(text(at('bag-info.txt'))).toMatch(/Bag-Software-Agent: Wallet Auditor \d+\.\d+\.\d+\n/);
    expect(text(at('bag-info.txt'))).toContain('Contact-Name: Jane Doe\n');
    expect(await readdir(out)).toEqual(['evidence.zip']); // no temporary file left behind
  });

  it('gives the same bytes for the same run', async () => {
    const { casePath, out } = await folder();
    const run = await revolutImport();
    await writeBundle({ ...run, casePath, lang: 'zh-CN', outPath: join(out, 'a.zip'), baggingDate: '2024-03-20' });
    await writeBundle({ ...run, casePath, lang: 'zh-CN', outPath: join(out, 'b.zip'), baggingDate: '2024-03-20' });
    expect((await readFile(join(out, 'a.zip'))).equals(await readFile(join(out, 'b.zip')))).toBe(true);
  });

  it('accepts an already-parsed case and works without any case', async () => {
    const { out } = await folder();
    const run = await revolutImport();
    const parsed = { ...CASE, attachments: [] };
    const withCase = await writeBundle({ ...run, caseFile: parsed, lang: 'en', outPath: join(out, 'c.zip'), baggingDate: '2024-03-20' });
    const noCase = await writeBundle({ ...run, lang: 'en', outPath: join(out, 'n.zip'), baggingDate: '2024-03-20' });
    expect(withCase.fingerprint).not.toBe(noCase.fingerprint);
    const files = unzipSync(new Uint8Array(await readFile(join(out, 'n.zip'))));
    expect(Object.keys(files).some((k) => k.endsWith('appeal-letter.txt'))).toBe(false);
  });

  it('skips an attachment over 20 MB without reading it, and says so', async () => {
    const { casePath, out } = await folder({ ...CASE, attachments: [{ file: 'docs/huge.png', kind: 'screenshot' }] });
    const r = await writeBundle({ ...(await revolutImport()), casePath, lang: 'en', outPath: join(out, 'x.zip'), baggingDate: '2024-03-20' });
    expect(r.skipped).toEqual([{ name: 'huge.png', reason: 'the file is larger than 20 MB' }]);
  });

  it('writes an encrypted copy beside the bundle when given a password', async () => {
    const { casePath, out } = await folder();
    const r = await writeBundle({ ...(await revolutImport()), casePath, lang: 'en', outPath: join(out, 'e.zip'), baggingDate: '2024-03-20', password: 'a long passphrase' });
    expect(r.encryptedPath).toBe(join(out, 'e.encrypted.zip'));
    const enc = new Uint8Array(await readFile(r.encryptedPath!));
    expect((await validateBag(enc, { password: 'a long passphrase' })).valid).toBe(true);
    expect((await validateBag(enc, { password: 'wrong passphrase' })).valid).toBe(false);
  });

  describe('bad input is reported, and nothing is written', () => {
    it.each([
      ['an invalid case file', { ...CASE, reason: 'fraud', restrictedOn: '2024-13-01' }, /case\.json: the case file has 2 problem\(s\):\n.*case\.json: reason: "fraud" is not one of.*\n.*case\.json: restrictedOn/s],
      ['a case file that is not JSON', '{ "platform": ', /case\.json: the case file has 1 problem\(s\):\n.*not valid JSON/s],
      ['a missing attachment', { ...CASE, attachments: [{ file: 'docs/gone.png', kind: 'id-back' }] }, /case\.json: attachment docs\/gone\.png: no such file/],
    ])('%s', async (_label, caseJson, message) => {
      const { casePath, out } = await folder(caseJson);
      const err = await writeBundle({ ...(await revolutImport()), casePath, lang: 'en', outPath: join(out, 'x.zip') }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleError);
      expect((err as Error).message).toMatch(message);
      expect(await readdir(out)).toEqual([]);
    });

    it('a missing case file', async () => {
      const { dir, out } = await folder();
      await expect(writeBundle({ ...(await revolutImport()), casePath: join(dir, 'nope.json'), lang: 'en', outPath: join(out, 'x.zip') })).rejects.toThrow(/nope\.json: no such file/);
    });

    it('an output folder that does not exist', async () => {
      const { dir } = await folder();
      await expect(writeBundle({ ...(await revolutImport()), lang: 'en', outPath: join(dir, 'missing/x.zip') })).rejects.toThrow(/does not exist/);
    });

    it('a password that is too short for the encrypted copy', async () => {
      const { out } = await folder();
      await expect(writeBundle({ ...(await revolutImport()), lang: 'en', outPath: join(out, 'x.zip'), password: 'short' })).rejects.toThrow(/x\.encrypted\.zip: the password must have at least 8/);
      expect(await readdir(out)).toEqual([]);
    });
  });
});

describe('defaultBaggingDate', () => {
  it('follows SOURCE_DATE_EPOCH (in UTC) for reproducible runs, else today’s local date', () => {
    expect(defaultBaggingDate({ SOURCE_DATE_EPOCH: '1710892800' })).toBe('2024-03-20');
    expect(defaultBaggingDate({}, new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(defaultBaggingDate({ SOURCE_DATE_EPOCH: 'soon' }, new Date(2024, 0, 5))).toBe('2024-01-05');
  });
});
