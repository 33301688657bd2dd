// Shared by the PayPal, Venmo, Cash App, Wise, Monzo and Revolut importer tests: import a fixture through
// the real pipeline (importBytes) and print each transaction as one line for golden comparisons.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, type FileImport } from '../../../shared/importing/import-file';
import type { Transaction } from '../../../shared/model';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../../..');
/** Peer samples live beside the repository, never inside it. */
export const PEERS = path.resolve(REPO, '..', 'shared/fixtures/peers');
export const HAVE_PEERS = existsSync(PEERS);

async function importOne(name: string, bytes: Uint8Array, zone: string): Promise<FileImport> {
  const files = await importBytes(name, bytes, { zone });
  if (files.length !== 1) throw new Error(`${name}: expected one file, got ${files.length}`);
  return files[0]!;
}

export function importFixture(rel: string, zone = 'Europe/London'): Promise<FileImport> {
  const file = path.join(REPO, 'test/fixtures', rel);
  return importOne(path.basename(file), readFileSync(file), zone);
}

export function importPeer(rel: string, zone = 'Europe/London'): Promise<FileImport> {
  const file = path.join(PEERS, rel);
  return importOne(path.basename(file), readFileSync(file), zone);
}

export function importText(name: string, text: string, zone = 'Europe/London'): Promise<FileImport> {
  return importOne(name, new TextEncoder().encode(text), zone);
}

export function readFixture(rel: string): string {
  return readFileSync(path.join(REPO, 'test/fixtures', rel), 'utf8');
}

/** One transaction as one line: line, id, time, amount, fee, balance, status, direction, mirror, related id. */
export function summary(t: Transaction): string {
  const parts = [String(t.source.line), t.id, t.occurredAt, `${t.amountMinor} ${t.currency}`];
  if (t.feeMinor !== undefined) parts.push(`fee ${t.feeMinor}`);
  if (t.balanceMinor !== undefined) parts.push(`bal ${t.balanceMinor}`);
  parts.push(t.status, t.direction);
  if (t.mirror) parts.push('mirror');
  if (t.relatedId) parts.push(`re ${t.relatedId}`);
  return parts.join(' ');
}

/** Sum of amounts that count (mirrors excluded), per currency. */
export function countedTotals(txs: readonly Transaction[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of txs) if (!t.mirror) out[t.currency] = (out[t.currency] ?? 0) + t.amountMinor;
  return out;
}
