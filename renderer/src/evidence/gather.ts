// Collects everything the bundle needs from the two stores: the selected transactions and findings (with
// their messages in the bundle's language), the owner's marks, the original export bytes and the
// attachments' bytes. The result is exactly shared/bundle's BundleInput.
import type { BundleFinding, BundleInput, OriginalFile, AttachmentFile } from '../../../shared/bundle/types';
import type { TransactionMark } from '../../../shared/case/types';
import type { Transaction } from '../../../shared/model';
import { formatFinding } from '../../../shared/rules/index';
import type { DataApi, ImportRecord } from '../data/api';
import { toAppealCase, type CaseApi, type StoredCase } from '../data/case-api';
import { loadCandidates } from './candidates';
import { pickEvidence, scopeOf, type EvidenceSelection } from './selection';

export interface GatherDeps {
  data: DataApi;
  cases: CaseApi;
}

export interface GatherOptions {
  /** YYYY-MM-DD: the bagging date. */
  today: string;
  softwareAgent?: string;
  onProgress?: (fraction: number) => void;
}

export interface Gathered {
  input: BundleInput;
  /** Export files the selected transactions came from whose bytes are no longer stored. */
  missingOriginals: string[];
}

const PAGE = 2000;

async function periodTransactions(data: DataApi, sel: EvidenceSelection): Promise<Transaction[]> {
  const q = { to: sel.to, ...(sel.from ? { from: sel.from } : {}), ...(sel.accountId ? { accountId: sel.accountId } : {}), sort: { key: 'occurredAt' as const, dir: 'asc' as const } };
  const out: Transaction[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await data.queryTransactions(q, offset, PAGE);
    out.push(...page.rows);
    if (page.rows.length < PAGE || out.length >= page.total) return out;
  }
}

/** File names by SHA-256, including the statements inside archives. */
function namesBySha(records: readonly ImportRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (r: ImportRecord): void => {
    if (!names.has(r.fileSha256)) names.set(r.fileSha256, r.name);
    for (const p of r.parts ?? []) visit(p);
  };
  records.forEach(visit);
  return names;
}

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** Just the selected transactions, findings and marks: enough for counts. */
export async function selectEvidence(data: DataApi, sel: EvidenceSelection) {
  const candidates = await loadCandidates(data, scopeOf(sel));
  return pickEvidence(sel, candidates, sel.allInPeriod ? await periodTransactions(data, sel) : []);
}

export interface EvidencePlan {
  /** The bundle input with every file's bytes still empty: enough for counts and the letter draft. */
  input: BundleInput;
  originals: { sha: string; name: string }[];
}

/** Everything but the file bytes. */
export async function planEvidence(stored: StoredCase, sel: EvidenceSelection, deps: GatherDeps, opts: GatherOptions): Promise<EvidencePlan> {
  const picked = await selectEvidence(deps.data, sel);
  const findings: BundleFinding[] = picked.findings.map((f) => ({
    id: f.id, rule: f.rule, severity: f.severity, score: f.score, transactionIds: f.transactionIds, message: formatFinding(f, sel.lang),
  }));
  const marks: TransactionMark[] = picked.marks.map((m) => ({ transactionId: m.transactionId, verdict: m.verdict, note: m.note }));
  let originals: EvidencePlan['originals'] = [];
  if (sel.originals) {
    const names = namesBySha(await deps.data.listImports());
    originals = [...new Set(picked.transactions.map((t) => t.source.fileSha256))]
      .map((sha) => ({ sha, name: names.get(sha) ?? `statement-${sha.slice(0, 12)}` }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.sha.localeCompare(b.sha));
  }
  const model = toAppealCase(stored, new Set(sel.attachmentIds));
  const input: BundleInput = {
    lang: sel.lang,
    baggingDate: opts.today,
    case: model,
    transactions: picked.transactions,
    findings,
    marks,
    originals: originals.map((o) => ({ name: o.name, bytes: new Uint8Array() })),
    attachments: model.attachments.map((meta) => ({ meta, bytes: new Uint8Array() })),
    maskCounterpartyAccounts: sel.maskCounterpartyAccounts,
    ...(opts.softwareAgent ? { softwareAgent: opts.softwareAgent } : {}),
  };
  return { input, originals };
}

/** The plan with every file's bytes loaded from the stores. */
export async function gatherEvidence(stored: StoredCase, sel: EvidenceSelection, deps: GatherDeps, opts: GatherOptions): Promise<Gathered> {
  const progress = opts.onProgress ?? (() => undefined);
  progress(0);
  const plan = await planEvidence(stored, sel, deps, opts);
  const steps = plan.originals.length + (plan.input.attachments?.length ?? 0);
  let done = 0;
  const step = (): void => progress(0.1 + (0.9 * ++done) / Math.max(1, steps));
  progress(0.1);

  const originals: OriginalFile[] = [];
  const missingOriginals: string[] = [];
  for (const { sha, name } of plan.originals) {
    const blob = await deps.data.getOriginal(sha);
    if (blob) originals.push({ name, bytes: await bytesOf(blob) });
    else missingOriginals.push(name);
    step();
  }
  const attachments: AttachmentFile[] = [];
  for (const { meta } of plan.input.attachments ?? []) {
    const blob = await deps.cases.getAttachmentBlob(meta.id);
    if (blob) attachments.push({ meta, bytes: await bytesOf(blob) });
    step();
  }
  progress(1);
  const c = plan.input.case;
  return {
    input: { ...plan.input, originals, attachments, ...(c ? { case: { ...c, attachments: attachments.map((a) => a.meta) } } : {}) },
    missingOriginals,
  };
}
