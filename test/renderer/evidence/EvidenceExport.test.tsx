// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readZip } from '../../../shared/bundle/zip-read';
import { validateBag } from '../../../shared/bundle/bagit-validate';
import { sha256Hex } from '../../../shared/hash';
import type { Finding } from '../../../shared/rules/types';
import type { ReportPdfRequest, SaveFileRequest, WalletAuditorApi } from '../../../shared/ipc-contract';
import type { CaseApi } from '../../../renderer/src/data/case-api';
import type { ImportRecord } from '../../../renderer/src/data/api';
import { EvidenceExport } from '../../../renderer/src/evidence/EvidenceExport';
import { inlineBuilder, type Builder } from '../../../renderer/src/evidence/build-client';
import type { BuildResult } from '../../../renderer/src/evidence/build';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { makePng } from '../case/png';
import { newCaseApi, renderCase, sampleCase } from '../case/render-case';

const ORIGINAL = new TextEncoder().encode('Type,Product,Started Date\nCARD_PAYMENT,Current,2024-03-10 10:00:00\n');
const SHA = 'ab'.repeat(32);

/** The fake store plus one stored original export (the fake itself keeps none). */
function dataWithOriginals(o: ConstructorParameters<typeof FakeDataApi>[0]): FakeDataApi {
  const api = new FakeDataApi(o);
  const record: ImportRecord = {
    id: 'i1', fileSha256: SHA, name: 'revolut-march.csv', size: ORIGINAL.length, importer: 'revolut', layout: 'x', encoding: 'utf-8',
    accountId: 'main', importedAt: 'x', rows: 7, added: 7, duplicates: 0, issues: [],
  };
  const getOriginal = async (sha: string): Promise<Blob | undefined> => (sha === SHA ? new Blob([ORIGINAL]) : undefined);
  return Object.assign(api, { getOriginal, imports: [record] }) as FakeDataApi;
}

const transactions = [
  tx(1, { occurredAt: '2024-03-10T10:00:00+08:00', counterparty: 'Mallory', counterpartyAccount: '6222020012345678' }),
  tx(2, { occurredAt: '2024-03-11T10:00:00+08:00' }),
  tx(3, { occurredAt: '2024-03-12T10:00:00+08:00' }),
  tx(4, { occurredAt: '2024-03-13T10:00:00+08:00' }),
];
const finding: Finding = {
  id: 'f1', rule: 'new-payee', rules: ['new-payee'], severity: 'high', score: 0.9, transactionIds: [transactions[0]!.id],
  messageId: 'new-payee.first', data: { amountMinor: -101, medianMinor: 100, currency: 'EUR', counterparty: 'Mallory', person: 1 },
};

let captured: BuildResult | undefined;
const capturing: Builder = {
  report: inlineBuilder.report,
  build: async (req, onStage) => (captured = await inlineBuilder.build(req, onStage)),
};
let clicks: string[] = [];

beforeEach(() => {
  captured = undefined;
  clicks = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function setup(cases: CaseApi = newCaseApi()) {
  await cases.saveCase(sampleCase({ accountId: 'main', restrictedOn: '2024-03-20' }));
  await cases.saveContact('case-1', { id: 'k1', at: '2024-03-21T09:00:00+08:00', channel: 'phone', channelDetail: '95188', officialConfirmed: true, asked: '为什么限制？', answered: '审核中' });
  await cases.addAttachment('case-1', { name: '身份证正面.png', kind: 'id-front', bytes: makePng(1200, 800) });
  const api = dataWithOriginals({ transactions, findings: [finding] });
  await api.setMark(transactions[1]!.id, 'not-mine', 'not me');
  await api.setMark(transactions[2]!.id, 'unsure', '');
  await api.setMark(transactions[3]!.id, 'mine', '');
  const stored = (await cases.getCase('case-1'))!;
  renderCase(<EvidenceExport stored={stored} caseName="Alipay — 138****5678" builder={capturing} />, { api, cases });
  await screen.findByText(/^Selected:/);
  return { cases, api };
}

describe('evidence export', () => {
  it('starts from the defaults: findings, not mine and unsure, the case period, every attachment, Chinese for Alipay', async () => {
    await setup();
    expect((screen.getByRole('checkbox', { name: 'Flagged by a rule (with the findings)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Marked “not mine”' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Marked “unsure”' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Marked “mine”' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Every transaction in the period/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /^ID document, front: 身份证正面.png/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2023-12-21');
    expect((screen.getByLabelText('Language of the report and letter') as HTMLSelectElement).value).toBe('zh-CN');
    expect(screen.getByText(/^Selected:/).textContent).toBe('Selected: 3 transactions, 1 findings, 1 attachments, 1 original statements.');
    // The draft letter is in Chinese and lists the enclosures as the bag will name them.
    const letter = screen.getByLabelText('Letter (appeal-letter.txt)') as HTMLTextAreaElement;
    expect(letter.value).toContain('attachments/身份证正面.png');
    expect(letter.value).toContain('originals/revolut-march.csv');
    // ID documents need an explicit confirmation before anything is built.
    const build = screen.getByRole('button', { name: 'Build and save the bundle' }) as HTMLButtonElement;
    expect(build.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /holds my identity documents/ }));
    expect(build.disabled).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Marked “mine”' }));
    await waitFor(() => expect(screen.getByText(/^Selected:/).textContent).toContain('4 transactions'));
  });

  it('builds, verifies and saves the bag with the edited letter, the originals byte for byte and masked accounts', async () => {
    const { cases } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Mask counterparties’ account numbers/ }));
    const letter = screen.getByLabelText('Letter (appeal-letter.txt)');
    fireEvent.change(letter, { target: { value: '尊敬的支付宝客服：\n我请求解除限制。\n' } });
    fireEvent.blur(letter);
    await waitFor(async () => expect((await cases.getCase('case-1'))?.row.letter).toEqual({ lang: 'zh-CN', text: '尊敬的支付宝客服：\n我请求解除限制。\n' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /holds my identity documents/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Build and save the bundle' }));

    const result = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
    expect(within(result).getByRole('status').textContent).toMatch(/^Verified\. The bag is complete/);
    const zip = captured!.zip;
    expect(within(result).getByTestId('zip-sha256').textContent).toBe(await sha256Hex(zip));
    expect(clicks).toEqual([`${captured!.bagName}.zip`]);

    const check = await validateBag(zip, { strict: true });
    expect(check).toMatchObject({ valid: true, errors: [] });
    const files = (await readZip(zip)).files;
    const at = (p: string) => files.get(`${captured!.bagName}/data/${p}`);
    expect(new TextDecoder().decode(at('appeal-letter.txt'))).toBe('尊敬的支付宝客服：\n我请求解除限制。\n');
    expect(at('originals/revolut-march.csv')).toEqual(ORIGINAL);
    expect(at('attachments/身份证正面.png')).toEqual(makePng(1200, 800));
    const csv = new TextDecoder().decode(at('transactions.csv'));
    expect(csv).toContain('Mallory');
    expect(csv).not.toContain('6222020012345678');
    expect(csv).toContain('5678');
    expect(csv).not.toContain(transactions[3]!.id);
    expect(new TextDecoder().decode(at('report.html'))).toContain('证据报告');
  });

  it('an encrypted copy needs a long enough, repeated password and is checked with it', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /holds my identity documents/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also make an encrypted copy (AES-256 zip)' }));
    const build = screen.getByRole('button', { name: 'Build and save the bundle' }) as HTMLButtonElement;
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'short' } });
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
    expect(build.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.change(screen.getByLabelText('Password again'), { target: { value: 'correct horse batterx' } });
    expect(screen.getByText('The two passwords differ.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Password again'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Hide the file names too/ }));
    expect(build.disabled).toBe(false);
    fireEvent.click(build);
    const result = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
    expect(within(result).getByText(/^Encrypted copy checked with its password/)).toBeTruthy();
    expect(await validateBag(captured!.encrypted!.zip, { password: 'correct horse battery' })).toMatchObject({ valid: true });
    expect((await validateBag(captured!.encrypted!.zip)).valid).toBe(false);
    fireEvent.click(within(result).getByRole('button', { name: 'Save the encrypted copy' }));
    await waitFor(() => expect(clicks).toEqual([`${captured!.bagName}.zip`, `${captured!.bagName}-encrypted.zip`]));
  });

  it('in the desktop app, report.pdf is printed through the bridge into the bag and the native dialog saves the zip', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 printed report');
    const printReportToPdf = vi.fn(async (_req: ReportPdfRequest) => pdf);
    const saveNative = vi.fn(async (req: SaveFileRequest) => ({ saved: true as const, name: req.suggestedName }));
    const g = globalThis as { walletAuditor?: Partial<WalletAuditorApi> };
    g.walletAuditor = { printReportToPdf, saveFile: saveNative };
    try {
      await setup();
      expect((screen.getByRole('checkbox', { name: 'Add report.pdf (printed from the report)' }) as HTMLInputElement).checked).toBe(true);
      fireEvent.click(screen.getByRole('checkbox', { name: /holds my identity documents/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Build and save the bundle' }));
      const result = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
      expect(within(result).getByText(`${captured!.bagName}.zip`, { selector: 'dd:not(.mono)' })).toBeTruthy();
      expect(printReportToPdf).toHaveBeenCalledTimes(1);
      const files = (await readZip(captured!.zip)).files;
      const at = (p: string) => files.get(`${captured!.bagName}/data/${p}`);
      expect(at('report.pdf')).toEqual(pdf);
      // The PDF was printed from the very report.html that is in the bag.
      expect(new TextDecoder().decode(at('report.html'))).toBe(printReportToPdf.mock.calls[0]![0].html);
      expect(saveNative).toHaveBeenCalledTimes(1);
      expect(saveNative.mock.calls[0]![0]).toMatchObject({ suggestedName: `${captured!.bagName}.zip`, data: captured!.zip });
      expect(clicks).toEqual([]);
      expect((await validateBag(captured!.zip, { strict: true })).valid).toBe(true);
    } finally {
      delete g.walletAuditor;
    }
  });

  it('opens the report in the page, ready to print, and closes it with Escape', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /holds my identity documents/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Build and save the bundle' }));
    const result = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
    fireEvent.click(within(result).getByRole('button', { name: 'Open the report' }));
    const dialog = screen.getByRole('dialog', { name: 'Report' });
    expect(document.body.classList.contains('printing-report')).toBe(true);
    const shadow = dialog.querySelector('.report-host')!.shadowRoot!;
    expect(shadow.querySelector('h1')?.textContent).toContain('证据报告');
    expect(shadow.querySelector('script, style, meta')).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.classList.contains('printing-report')).toBe(false);
  });
});
