// What goes into an evidence bundle.
import type { AppealCase, AttachmentMeta, TransactionMark } from '../case/types';
import type { Severity, Transaction } from '../model';
import type { Lang } from '../rules/types';
import type { BagInfoFields } from './bagit-writer';

/** A finding with its message already in the bundle's language (rules never format text themselves). */
export interface BundleFinding {
  id: string;
  rule: string;
  severity: Severity;
  score: number;
  transactionIds: readonly string[];
  message: string;
}

/** An export file exactly as imported. */
export interface OriginalFile {
  name: string;
  bytes: Uint8Array;
}

export interface AttachmentFile {
  meta: AttachmentMeta;
  bytes: Uint8Array;
}

export interface BundleInput {
  lang: Lang;
  /** YYYY-MM-DD: written to bag-info.txt and used as every zip entry's time, so the output is reproducible. */
  baggingDate: string;
  case?: AppealCase;
  /** The selected transactions: they go to transactions.csv and make up the report's totals. */
  transactions: readonly Transaction[];
  findings: readonly BundleFinding[];
  marks?: readonly TransactionMark[];
  /** The appeal letter as the owner edited it; without it the draft is built from the case facts. */
  appealLetter?: string;
  originals: readonly OriginalFile[];
  attachments?: readonly AttachmentFile[];
  /** report.pdf, printed from report.html by the desktop app. */
  reportPdf?: Uint8Array;
  /** Mask counterparties' account numbers in the CSV, JSON and report (keep the last 4 characters). */
  maskCounterpartyAccounts?: boolean;
  /** Source-Organization, Contact-Name… as the owner gives them. */
  bagInfo?: Omit<BagInfoFields, 'softwareAgent'>;
  /** `Wallet Auditor 0.1.0`, for Bag-Software-Agent. */
  softwareAgent?: string;
}

/** One file of the bundle as listed in the report's inventory. */
export interface InventoryEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface BuiltBundle {
  /** The zip's bytes. */
  zip: Uint8Array;
  /** The top-level directory inside the zip, also the suggested file name (+ `.zip`). */
  bagName: string;
  /** Every file of the bag (paths relative to the bag). */
  files: Map<string, Uint8Array>;
  /** SHA-256 of manifest-sha256.txt: one value that pins the whole payload. */
  fingerprint: string;
  /** Attachments left out, with why. */
  skipped: { name: string; reason: string }[];
}
