import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { extractZip, isXlsx, isZip, PasswordError } from '../../../shared/archive/zip';
import { ImportError } from '../../../shared/importing/errors';
import { makeXlsx, makeZip } from './zip-helpers';

const CSV = 'Type,Started Date,Description,Amount,Currency,State\nTOPUP,2024-01-01 10:00:00,Top-up,500.00,EUR,COMPLETED\n';

describe('extractZip', () => {
  it('returns the statement files of a plain archive and skips the rest', async () => {
    const zip = await makeZip({ 'export/statement.csv': CSV, 'readme.pdf': '%PDF-1.4', '__MACOSX/._statement.csv': 'x' });
    expect(isZip(zip)).toBe(true);
    expect(isXlsx(zip)).toBe(false);
    const files = await extractZip('mail.zip', zip);
    expect(files.map((f) => f.name)).toEqual(['statement.csv']);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe(CSV);
  });

  it.each([
    ['AES-256', false],
    ['ZipCrypto', true],
  ])('opens a %s archive with the right password and names the problem otherwise', async (_label, zipCrypto) => {
    const zip = await makeZip({ 'a.csv': CSV }, { password: '123456', zipCrypto });
    const files = await extractZip('a.zip', zip, '123456');
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe(CSV);

    const missing = await extractZip('a.zip', zip).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PasswordError);
    expect((missing as PasswordError).wrongPassword).toBe(false);
    expect((missing as Error).message).toMatch(/^a\.zip: .*password/);

    const wrong = await extractZip('a.zip', zip, 'nope').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PasswordError);
    expect((wrong as PasswordError).wrongPassword).toBe(true);
  });

  it('refuses a zip bomb by its inflate ratio', async () => {
    const bomb = zipSync({ 'zeros.csv': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    await expect(extractZip('bomb.zip', bomb)).rejects.toThrow(/bomb\.zip: .*zip bomb/);
  });

  it('refuses an entry flood', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 1001; i++) many[`f${i}.txt`] = new Uint8Array([65]);
    await expect(extractZip('flood.zip', zipSync(many, { level: 0 }))).rejects.toThrow(/1001 entries/);
  });

  it('reports a damaged archive instead of throwing something raw', async () => {
    const zip = await makeZip({ 'a.csv': CSV });
    const broken = zip.slice(0, 40);
    const err = await extractZip('broken.zip', broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^broken\.zip: /);
  });

  it('keeps only base names, and an archive with ../ entry names is refused cleanly', async () => {
    const nested = await extractZip('n.zip', zipSync({ 'a/b/c.csv': new TextEncoder().encode(CSV) }));
    expect(nested.map((f) => f.name)).toEqual(['c.csv']);
    const err = await extractZip('slip.zip', zipSync({ '../../evil.csv': new TextEncoder().encode(CSV) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^slip\.zip: /);
  });

  it('recognises an XLSX workbook', () => {
    expect(isXlsx(makeXlsx([['a']]))).toBe(true);
  });
});
