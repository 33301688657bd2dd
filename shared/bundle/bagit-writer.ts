// Writes a BagIt 1.0 bag (RFC 8493) and serialises it as one deterministic zip: the same payload and date
// always give the same bytes. fflate's zipSync is used because it is synchronous, has no workers and
// writes no extra timestamp fields, so every header byte is decided here (entry order, DOS time from the
// bagging date, compression level per file).
import { zipSync, type ZippableFile } from 'fflate';
import { sniffMime } from '../case/mime';
import { digestHex, type BagAlgorithm } from './checksums';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export interface BagInfoFields {
  sourceOrganization?: string;
  organizationAddress?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  externalDescription?: string;
  externalIdentifier?: string;
  internalSenderIdentifier?: string;
  softwareAgent?: string;
}

const INFO_LABELS: [keyof BagInfoFields, string][] = [
  ['sourceOrganization', 'Source-Organization'],
  ['organizationAddress', 'Organization-Address'],
  ['contactName', 'Contact-Name'],
  ['contactPhone', 'Contact-Phone'],
  ['contactEmail', 'Contact-Email'],
  ['externalDescription', 'External-Description'],
  ['externalIdentifier', 'External-Identifier'],
  ['internalSenderIdentifier', 'Internal-Sender-Identifier'],
  ['softwareAgent', 'Bag-Software-Agent'],
];

export interface PayloadFile {
  /** Path under `data/`, segments separated by `/`. */
  path: string;
  bytes: Uint8Array;
}

export interface BagOptions {
  /** YYYY-MM-DD. Also the zip entries' modification time, so that the bytes do not depend on the clock. */
  baggingDate: string;
  info?: BagInfoFields;
  /** Payload and tag manifest algorithms; RFC 8493 §2.4 asks for SHA-512 by default, SHA-256 is widely read. */
  algorithms?: BagAlgorithm[];
}

export interface BuiltBag {
  /** Every file of the bag, keyed by its path inside the bag (no top-level directory). */
  files: Map<string, Uint8Array>;
  /** Payload checksums per algorithm, keyed by the path inside the bag (`data/...`). */
  manifests: Map<BagAlgorithm, Map<string, string>>;
}

const enc = new TextEncoder();

/** RFC 8493 §2.1.3: CR, LF and `%` in manifest paths are percent-encoded. */
export const encodeManifestPath = (p: string): string => p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function checkPayloadPath(p: string): void {
  const segments = p.split('/');
  if (!p || segments.some((s) => s === '' || s === '.' || s === '..') || /[\\\r\n\0]/.test(p)) {
    throw new Error(`unsafe payload path "${p}"`);
  }
}

/** One `Label: value` line per field; values are folded to one line because readers differ on continuations. */
function bagInfoText(fields: BagInfoFields, baggingDate: string, oxum: string): string {
  const lines = [`Bagging-Date: ${baggingDate}`, `Payload-Oxum: ${oxum}`];
  for (const [key, label] of INFO_LABELS) {
    const v = fields[key]?.replace(/\s+/g, ' ').trim();
    if (v) lines.push(`${label}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

async function manifestText(alg: BagAlgorithm, entries: [string, Uint8Array][], into?: Map<string, string>): Promise<string> {
  const lines: string[] = [];
  for (const [path, bytes] of entries) {
    const hex = await digestHex(alg, bytes);
    into?.set(path, hex);
    lines.push(`${hex}  ${encodeManifestPath(path)}\n`);
  }
  return lines.join('');
}

/** Builds the bag's files: bagit.txt, bag-info.txt, payload and tag manifests, and the payload. */
export async function buildBag(payload: readonly PayloadFile[], opts: BagOptions): Promise<BuiltBag> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.baggingDate)) throw new Error(`bagging date must be YYYY-MM-DD, got "${opts.baggingDate}"`);
  const algorithms = opts.algorithms ?? ['sha256', 'sha512'];
  const data: [string, Uint8Array][] = [];
  const seen = new Set<string>();
  for (const f of payload) {
    checkPayloadPath(f.path);
    const path = `data/${f.path}`;
    if (seen.has(path.toLowerCase())) throw new Error(`two payload files named "${path}" (names must differ in more than case)`);
    seen.add(path.toLowerCase());
    data.push([path, f.bytes]);
  }
  data.sort((a, b) => byPath(a[0], b[0]));
  const octets = data.reduce((n, [, b]) => n + b.length, 0);

  const tags = new Map<string, Uint8Array>();
  tags.set('bagit.txt', enc.encode(BAGIT_TXT));
  tags.set('bag-info.txt', enc.encode(bagInfoText(opts.info ?? {}, opts.baggingDate, `${octets}.${data.length}`)));
  const manifests = new Map<BagAlgorithm, Map<string, string>>();
  for (const alg of algorithms) {
    const sums = new Map<string, string>();
    manifests.set(alg, sums);
    tags.set(`manifest-${alg}.txt`, enc.encode(await manifestText(alg, data, sums)));
  }
  const tagEntries = [...tags].sort((a, b) => byPath(a[0], b[0]));
  for (const alg of algorithms) tags.set(`tagmanifest-${alg}.txt`, enc.encode(await manifestText(alg, tagEntries)));

  // Tag files first (bagit.txt leads, as readers look for it), then the payload in path order.
  const files = new Map<string, Uint8Array>();
  const tagOrder = ['bagit.txt', 'bag-info.txt', ...algorithms.map((a) => `manifest-${a}.txt`), ...algorithms.map((a) => `tagmanifest-${a}.txt`)];
  for (const name of tagOrder) files.set(name, tags.get(name)!);
  for (const [path, bytes] of data) files.set(path, bytes);
  return { files, manifests };
}

// Already-compressed formats are stored: deflating them again costs time and gains nothing.
function alreadyCompressed(b: Uint8Array): boolean {
  const mime = sniffMime(b);
  if (mime.startsWith('image/') && mime !== 'image/svg+xml') return true;
  if (mime === 'application/pdf') return true;
  return (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0x1f && b[1] === 0x8b);
}

/**
 * The bag as a zip with one top-level directory `bagName/`. Entry times are noon of the bagging date as a
 * wall-clock time; DOS times carry no zone, and building the Date from its parts keeps them identical on
 * machines in different time zones.
 */
export function zipBag(bagName: string, files: ReadonlyMap<string, Uint8Array>, baggingDate: string): Uint8Array {
  if (!/^[A-Za-z0-9._-]+$/.test(bagName) || bagName.startsWith('.')) throw new Error(`unsafe bag name "${bagName}"`);
  const [y, m, d] = baggingDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries: Record<string, ZippableFile> = {};
  for (const [path, bytes] of files) {
    entries[`${bagName}/${path}`] = [bytes, { level: alreadyCompressed(bytes) ? 0 : 6, mtime }];
  }
  return zipSync(entries, { mtime });
}
