// Test helpers for the Chinese wallet importers: own fixtures from test/fixtures, peer samples from the
// shared folder beside the repository (absent on some machines, so callers skip with a message).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, type FileImport } from '../../../../shared/importing/import-file';
import { createRowSink } from '../../../../shared/importing/pipeline';
import { IMPORTERS } from '../../../../shared/importers';
import type { ParsedFile } from '../../../../shared/importing/pipeline';
import type { IssueCode, Transaction } from '../../../../shared/model';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../..');
export const FIXTURES = path.join(repo, 'test/fixtures');
export const PEERS = path.resolve(repo, '../shared/fixtures/peers');
export const PEERS_ABSENT = !existsSync(PEERS);
export const PEERS_ABSENT_NOTE = `peer samples not found at ${PEERS}; conformance over real exports skipped`;

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** Imports one of our own fixtures (or a variant of its bytes) as the app would. */
export async function importFixture(name: string, bytes = fixtureBytes(name)): Promise<FileImport> {
  const files = await importBytes(name, bytes);
  if (files.length !== 1) throw new Error(`${name}: expected one statement, got ${files.length}`);
  return files[0]!;
}

/**
 * Feeds rows as the workbook reader hands them over: raw sheet text (ids with TABs, padded names) trimmed
 * per cell the way readXlsxSheets does, with 1-based row numbers.
 */
export function importRows(name: string, rows: string[][]): ParsedFile {
  const sink = createRowSink({ fileName: name, importers: IMPORTERS, zone: 'UTC' });
  for (let i = 0; i < rows.length; i++) if (sink.push(rows[i]!.map((c) => c.trim()), i + 1) === 'stop') break;
  return sink.end('0'.repeat(64));
}

/** A fixture's text re-encoded as UTF-8 after an edit, to test variants without more files. */
export function editedGbk(name: string, edit: (text: string) => string): Uint8Array {
  const text = new TextDecoder('gb18030').decode(fixtureBytes(name));
  return new TextEncoder().encode(edit(text));
}

export function peerFiles(provider: string): string[] {
  const dir = path.join(PEERS, provider);
  return existsSync(dir) ? readdirSync(dir).sort().map((f) => path.join(dir, f)) : [];
}

/** The fields a golden row pins down; absent optional fields stay absent. */
export function summarise(t: Transaction): Record<string, unknown> {
  const out: Record<string, unknown> = {
    line: t.source.line, id: t.id, occurredAt: t.occurredAt, amountMinor: t.amountMinor,
    direction: t.direction, status: t.status, counterparty: t.counterparty, description: t.description,
  };
  for (const k of ['externalId', 'feeMinor', 'counterpartyAccount', 'category', 'method', 'kind', 'relatedId', 'mirror'] as const) {
    if (t[k] !== undefined) out[k] = t[k];
  }
  return out;
}

/** Issues that mean a data row was not imported. */
export const ROW_DROPPING: readonly IssueCode[] = ['bad-amount', 'bad-date', 'missing-field', 'ragged-row', 'duplicate-id'];

/** The `共N笔记录` a statement declares, read straight from its text (independently of the importers). */
export function declaredCountIn(text: string): number | undefined {
  const m = /共[：:]?\s*(\d+)\s*笔记录/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The checks every imported Chinese-wallet statement must pass, whatever its layout. */
export function saneChinese(f: ParsedFile): string[] {
  const problems: string[] = [];
  for (const t of f.transactions) {
    const where = `line ${t.source.line}`;
    if (!Number.isSafeInteger(t.amountMinor)) problems.push(`${where}: amount ${t.amountMinor}`);
    if (t.currency !== 'CNY') problems.push(`${where}: currency ${t.currency}`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(t.occurredAt)) problems.push(`${where}: time ${t.occurredAt}`);
    if (Number.isNaN(Date.parse(t.occurredAt))) problems.push(`${where}: unreadable time ${t.occurredAt}`);
    if (t.direction === 'out' && t.amountMinor > 0) problems.push(`${where}: out with positive amount`);
    if (t.direction !== 'out' && t.amountMinor < 0) problems.push(`${where}: ${t.direction} with negative amount`);
    if (t.externalId !== undefined && (t.externalId === '' || /[\t ]$|^[\t ]/.test(t.externalId))) problems.push(`${where}: id "${t.externalId}"`);
    if (t.externalId !== undefined && t.id !== `${t.provider}:${t.externalId}`) problems.push(`${where}: id ${t.id}`);
    if (t.feeMinor !== undefined && !(Number.isSafeInteger(t.feeMinor) && t.feeMinor > 0)) problems.push(`${where}: fee ${t.feeMinor}`);
  }
  return problems;
}

/**
 * The count check as a user would make it: data rows = imported + rows reported as not imported, and that is
 * the number of rows the file reports (trailer and blank rows excluded). When the statement's own count is
 * known it must agree or be reported; otherwise any report must name the rows read.
 */
export function countProblems(f: ParsedFile, declared: number | undefined): string[] {
  const dataRows = f.transactions.length + f.issues.filter((i) => ROW_DROPPING.includes(i.code)).length;
  const said = f.issues.filter((i) => i.code === 'count-mismatch').map((i) => i.detail);
  if (f.rows !== dataRows) return [`${f.rows} rows reported, ${dataRows} data rows accounted for`];
  if (declared === undefined) return said.filter((d) => !d.endsWith(`but ${dataRows} data rows were read`));
  const expected = dataRows === declared ? [] : [`the export says 共${declared}笔记录 but ${dataRows} data rows were read`];
  return JSON.stringify(said) === JSON.stringify(expected) ? [] : [`count issues ${JSON.stringify(said)}, expected ${JSON.stringify(expected)}`];
}
