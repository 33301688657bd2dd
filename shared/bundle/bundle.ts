// Assembles the evidence bundle: tables, letter, originals, attachments and the report, bagged and zipped.
// Pure and deterministic: no clock, no randomness, so the same input gives the same zip byte for byte.
import { buildAppealLetter } from '../case/letter';
import { isRefusedMime, sniffMime } from '../case/mime';
import { MAX_ATTACHMENT_BYTES } from '../case/attachments';
import { platformInfo } from '../case/platforms';
import { sha256Hex } from '../hash';
import { buildBag, zipBag, type PayloadFile } from './bagit-writer';
import { maskAccount } from './csv-writer';
import { uniqueFileNames } from './names';
import { buildReportHtml } from './report-html';
import { contactTables, findingTables, transactionTables } from './tables';
import type { BuiltBundle, BundleInput, InventoryEntry } from './types';

const enc = new TextEncoder();

interface Prepared {
  payload: PayloadFile[];
  inventory: InventoryEntry[];
  skipped: { name: string; reason: string }[];
}

function attachmentProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return `the file is larger than ${MAX_ATTACHMENT_BYTES / 2 ** 20} MB`;
  // Checked again here from the bytes: metadata may be stale or hand-written.
  if (isRefusedMime(sniffMime(bytes))) return 'SVG and HTML files can carry scripts and are not bundled';
  return undefined;
}

/** Everything except report.html, plus the inventory the report lists. */
async function prepare(input: BundleInput): Promise<Prepared> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.baggingDate)) throw new Error(`bagging date must be YYYY-MM-DD, got "${input.baggingDate}"`);
  const marks = input.marks ?? [];
  const mask = input.maskCounterpartyAccounts ?? false;
  const payload: PayloadFile[] = [];
  const skipped: Prepared['skipped'] = [];
  const text = (path: string, body: string): void => void payload.push({ path, bytes: enc.encode(body) });

  const tx = transactionTables(input.transactions, input.findings, marks, mask);
  text('transactions.csv', tx.csv);
  text('transactions.json', tx.json);
  const fx = findingTables(input.findings);
  text('findings.csv', fx.csv);
  text('findings.json', fx.json);
  const cx = contactTables(input.case?.contacts ?? [], input.case?.platform ?? 'other');
  text('contact-log.csv', cx.csv);
  text('contact-log.json', cx.json);

  const accepted = (input.attachments ?? []).filter((a) => {
    const problem = attachmentProblem(a.bytes);
    if (problem) skipped.push({ name: a.meta.name, reason: problem });
    return !problem;
  });
  const attachmentNames = uniqueFileNames(accepted.map((a) => a.meta.name), 'attachment');
  accepted.forEach((a, i) => payload.push({ path: `attachments/${attachmentNames[i]}`, bytes: a.bytes }));
  const originalNames = uniqueFileNames(input.originals.map((o) => o.name), 'statement');
  input.originals.forEach((o, i) => payload.push({ path: `originals/${originalNames[i]}`, bytes: o.bytes }));

  if (input.case) {
    const enclosures = [
      // report.pdf is not named: the letter must not depend on it, or the printed report would differ
      // from the bagged one (the PDF is printed from report.html before the bundle is built).
      'report.html',
      'transactions.csv',
      'findings.csv',
      'contact-log.csv',
      ...attachmentNames.map((n) => `attachments/${n}`),
      ...originalNames.map((n) => `originals/${n}`),
    ];
    const letter = buildAppealLetter({
      case: input.case, lang: input.lang, date: input.baggingDate, transactions: input.transactions,
      findings: input.findings, marks, enclosures, transactionsFile: 'transactions.csv',
    });
    text('appeal-letter.txt', input.appealLetter ?? letter);
  }

  const inventory: InventoryEntry[] = [];
  for (const f of payload) inventory.push({ path: `data/${f.path}`, size: f.bytes.length, sha256: await sha256Hex(f.bytes) });
  inventory.sort((a, b) => (a.path < b.path ? -1 : 1));
  if (input.reportPdf) payload.push({ path: 'report.pdf', bytes: input.reportPdf });
  return { payload, inventory, skipped };
}

function report(input: BundleInput, inventory: InventoryEntry[]): string {
  return buildReportHtml({
    lang: input.lang, date: input.baggingDate, transactions: input.transactions, findings: input.findings,
    marks: input.marks ?? [], inventory, mask: input.maskCounterpartyAccounts ?? false,
    ...(input.case ? { case: input.case } : {}),
  });
}

/** The report.html that `buildBundle` would put in the bag (the desktop app prints it to report.pdf first). */
export async function buildBundleReport(input: BundleInput): Promise<string> {
  return report(input, (await prepare(input)).inventory);
}

export async function buildBundle(input: BundleInput): Promise<BuiltBundle> {
  const { payload, inventory, skipped } = await prepare(input);
  // The report never lists report.pdf, so that it is the same page the PDF was printed from.
  payload.push({ path: 'report.html', bytes: enc.encode(report(input, inventory)) });
  const c = input.case;
  const bag = await buildBag(payload, {
    baggingDate: input.baggingDate,
    info: {
      ...(c ? { externalDescription: `Evidence bundle for the appeal of ${platformInfo(c.platform).name.en} account ${maskAccount(c.account)}` } : {}),
      ...input.bagInfo,
      softwareAgent: input.softwareAgent ?? 'Wallet Auditor',
    },
  });
  const fingerprint = await sha256Hex(bag.files.get('manifest-sha256.txt')!);
  const bagName = `evidence-${input.baggingDate}-${fingerprint.slice(0, 8)}`;
  return { zip: zipBag(bagName, bag.files, input.baggingDate), bagName, files: bag.files, fingerprint, skipped };
}
