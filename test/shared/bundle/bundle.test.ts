import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateBag } from '../../../shared/bundle/bagit-validate';
import { buildBundle, buildBundleReport } from '../../../shared/bundle/bundle';
import { sampleBundleInput } from './sample-bundle';

const dec = new TextDecoder('utf-8', { ignoreBOM: true });
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const flip = (bytes: Uint8Array, i: number): void => {
  bytes[i] = bytes[i]! ^ 1;
};

const dropLine = (bytes: Uint8Array, containing: string): Uint8Array =>
  new TextEncoder().encode(new TextDecoder().decode(bytes).split('\n').filter((l) => !l.includes(containing)).join('\n'));

/** Unzips, lets `edit` change the entries, and zips again (as someone tampering with a bundle would). */
function tamper(zip: Uint8Array, edit: (files: Record<string, Uint8Array>, root: string) => void): Uint8Array {
  const files = unzipSync(zip);
  const root = Object.keys(files)[0]!.split('/')[0]!;
  edit(files, root);
  return zipSync(files);
}

describe('buildBundle', async () => {
  const input = await sampleBundleInput();
  const built = await buildBundle(input);

  it('lays out the bag as documented', () => {
    expect(built.bagName).toMatch(/^evidence-2024-03-20-[0-9a-f]{8}$/);
    expect(built.bagName.endsWith(built.fingerprint.slice(0, 8))).toBe(true);
    expect([...built.files.keys()]).toEqual([
      'bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt',
      'data/appeal-letter.txt', 'data/attachments/_notice.jpg', 'data/attachments/id front.png', 'data/contact-log.csv', 'data/contact-log.json',
      'data/findings.csv', 'data/findings.json', 'data/originals/alipay_record_20240320.csv', 'data/report.html',
      'data/transactions.csv', 'data/transactions.json',
    ]);
    const zipped = Object.keys(unzipSync(built.zip));
    expect(zipped.every((k) => k.startsWith(`${built.bagName}/`))).toBe(true);
  });

  it('keeps originals and attachments byte for byte and leaves out the SVG', () => {
    expect(same(built.files.get('data/originals/alipay_record_20240320.csv')!, input.originals[0]!.bytes)).toBe(true);
    expect(same(built.files.get('data/attachments/id front.png')!, input.attachments![0]!.bytes)).toBe(true);
    expect(built.skipped).toEqual([{ name: 'evil.svg', reason: 'SVG and HTML files can carry scripts and are not bundled' }]);
  });

  it('fills bag-info.txt with the payload size and the owner’s details', () => {
    const info = dec.decode(built.files.get('bag-info.txt'));
    const payload = [...built.files].filter(([k]) => k.startsWith('data/'));
    const octets = payload.reduce((n, [, b]) => n + b.length, 0);
    expect(info).toContain(`Payload-Oxum: ${octets}.${payload.length}\n`);
    expect(info).toContain('Bagging-Date: 2024-03-20\n');
    expect(info).toContain('Source-Organization: Zhang San\n');
    expect(info).toContain('External-Description: Evidence bundle for the appeal of Alipay account *******0000\n');
    expect(info).toContain('Bag-Software-Agent: Wallet Auditor 0.1.0\n');
  });

  it('writes safe CSVs and the letter', () => {
    const csv = dec.decode(built.files.get('data/transactions.csv'));
    expect(csv.startsWith('\ufeffid,provider,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(',-5200.00,CNY,');
    const letter = dec.decode(built.files.get('data/appeal-letter.txt'));
    expect(letter).toContain('attachments/id front.png');
    expect(letter).toContain('Payment for a second-hand laptop');
  });

  it('validates, strictly, as built', async () => {
    expect(await validateBag(built.zip, { strict: true })).toMatchObject({ valid: true, errors: [], warnings: [], version: '1.0', bagName: built.bagName });
  });

  it('is deterministic: the same input twice gives the same bytes, in any time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const a = await buildBundle(await sampleBundleInput());
      process.env.TZ = 'America/Los_Angeles';
      const b = await buildBundle(await sampleBundleInput());
      expect(same(a.zip, b.zip)).toBe(true);
      expect(same(a.zip, built.zip)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('changes when an input changes', async () => {
    const other = await buildBundle(await sampleBundleInput({ baggingDate: '2024-03-21' }));
    expect(same(other.zip, built.zip)).toBe(false);
  });

  it('adds report.pdf without changing report.html, which buildBundleReport gives in advance', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const withPdf = await buildBundle(await sampleBundleInput({ reportPdf: pdf }));
    expect(same(withPdf.files.get('data/report.pdf')!, pdf)).toBe(true);
    expect(dec.decode(withPdf.files.get('data/report.html'))).toBe(await buildBundleReport(input));
    expect(dec.decode(withPdf.files.get('data/report.html'))).toBe(dec.decode(built.files.get('data/report.html')));
  });

  it('works without a case: no letter, empty contact log', async () => {
    const b = await buildBundle(await sampleBundleInput({ case: undefined }));
    expect(b.files.has('data/appeal-letter.txt')).toBe(false);
    expect(dec.decode(b.files.get('data/contact-log.csv'))).toBe('\ufeffid,at,channel,channel_detail,official_channel_confirmed,ticket,agent,asked,answered,promised_next_step,follow_up_on,follow_up_done,warnings\r\n');
    expect((await validateBag(b.zip, { strict: true })).valid).toBe(true);
  });

  describe('tampered bundles are caught and the file at fault is named', () => {
    it.each([
      ['a changed byte in the report', (f: Record<string, Uint8Array>, r: string) => { flip(f[`${r}/data/report.html`]!, 100); }, 'data/report.html', /has changed/],
      ['a changed byte in an original', (f: Record<string, Uint8Array>, r: string) => { flip(f[`${r}/data/originals/alipay_record_20240320.csv`]!, 0); }, 'data/originals/alipay_record_20240320.csv', /has changed/],
      ['a missing attachment', (f: Record<string, Uint8Array>, r: string) => { delete f[`${r}/data/attachments/_notice.jpg`]; }, 'data/attachments/_notice.jpg', /missing/],
      ['an extra payload file', (f: Record<string, Uint8Array>, r: string) => { f[`${r}/data/extra.txt`] = new Uint8Array([1]); }, 'data/extra.txt', /not listed/],
      ['an extra file beside the payload', (f: Record<string, Uint8Array>, r: string) => { f[`${r}/readme.html`] = new Uint8Array([1]); }, 'readme.html', /not listed in tagmanifest-sha256.txt/],
      ['an edited manifest', (f: Record<string, Uint8Array>, r: string) => { flip(f[`${r}/manifest-sha256.txt`]!, 0); }, 'manifest-sha256.txt', /has changed/],
      ['a renamed file (case only)', (f: Record<string, Uint8Array>, r: string) => { f[`${r}/data/Report.html`] = f[`${r}/data/report.html`]!; delete f[`${r}/data/report.html`]; }, 'data/Report.html', /stored as/],
      ['a line removed from a tag manifest', (f: Record<string, Uint8Array>, r: string) => { f[`${r}/tagmanifest-sha256.txt`] = dropLine(f[`${r}/tagmanifest-sha256.txt`]!, 'bag-info.txt'); }, 'bag-info.txt', /not listed in tagmanifest-sha256.txt/],
      ['a tag manifest removed', (f: Record<string, Uint8Array>, r: string) => { delete f[`${r}/tagmanifest-sha256.txt`]; delete f[`${r}/tagmanifest-sha512.txt`]; }, 'tagmanifest-<algorithm>.txt', /missing/],
      ['a missing bagit.txt', (f: Record<string, Uint8Array>, r: string) => { delete f[`${r}/bagit.txt`]; }, 'bagit.txt', /missing/],
    ])('%s', async (_label, edit, file, problem) => {
      const r = await validateBag(tamper(built.zip, edit), { strict: true });
      expect(r.valid).toBe(false);
      const hit = r.errors.find((e) => e.file === file);
      expect(hit, JSON.stringify(r.errors)).toBeDefined();
      expect(hit!.problem).toMatch(problem);
    });

    it('notices a payload file swapped for another of the same size through Payload-Oxum and the manifest', async () => {
      const r = await validateBag(tamper(built.zip, (f, root) => { f[`${root}/data/findings.csv`] = f[`${root}/data/findings.csv`]!.map((b) => (b === 0x2c ? 0x3b : b)); }), { strict: true });
      expect(r.errors.map((e) => e.file)).toEqual(['data/findings.csv', 'data/findings.csv']);
    });

    it('refuses a zip without a single top-level directory', async () => {
      const flat = zipSync(Object.fromEntries([...built.files].map(([k, v]) => [k, v])));
      expect((await validateBag(flat)).errors[0]).toMatchObject({ file: '(zip)', problem: expect.stringMatching(/one top-level directory/) });
    });

    it('refuses bytes that are not a zip', async () => {
      expect((await validateBag(new TextEncoder().encode('hello'))).errors[0]).toMatchObject({ file: '(zip)', problem: expect.stringMatching(/not a readable zip/) });
    });
  });
});
