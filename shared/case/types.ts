// The appeal case: one per affected wallet account. Everything here is plain data (JSON-safe), so the
// renderer can store it in IndexedDB, the CLI can read it from a file and the bundle can quote it.
import type { ProviderId } from '../model';

export type CasePlatform = ProviderId | 'other';

export const CASE_STATUSES = ['open', 'waiting-on-support', 'appealed', 'reopened', 'closed-for-good'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const REASON_CATEGORIES = [
  'identity-verification',
  'security-takeover',
  'policy-violation',
  'platform-fault',
  'permanent-closure',
  'legal-freeze',
  'unknown',
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/**
 * How well a platform fact is backed. APPEALS.md marks facts from the platform's own pages as official;
 * third-party and unconfirmed facts are shown to users as "commonly reported", never as policy.
 */
export type FactSource = 'official' | 'commonly-reported';

export interface Localised {
  en: string;
  'zh-CN': string;
}

export interface ChecklistItem {
  /** Stable id, so that ticks survive a rebuild of the list. */
  id: string;
  text: Localised;
  done: boolean;
  source: FactSource;
  /** General advice rather than a platform rule. */
  goodPractice?: boolean;
  /** Added or edited by the owner rather than taken from the built-in list. */
  custom?: boolean;
}

export const CONTACT_CHANNELS = ['in-app-chat', 'phone', 'email', 'official-website', 'official-social', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export interface ContactEntry {
  id: string;
  /** ISO 8601 date-time with offset, or a plain YYYY-MM-DD date. */
  at: string;
  channel: ContactChannel;
  /** The number, address or page used, e.g. `95188` or `appeals@wise.com`. */
  channelDetail?: string;
  /** The owner has checked that this really was the platform (not a searched number or a look-alike). */
  officialConfirmed: boolean;
  ticket?: string;
  agent?: string;
  asked: string;
  answered: string;
  promisedNextStep?: string;
  /** YYYY-MM-DD: when to chase this up if nothing has happened. */
  followUpOn?: string;
  /** The follow-up has been dealt with. */
  followUpDone?: boolean;
}

export const ATTACHMENT_KINDS = ['id-front', 'id-back', 'proof-of-address', 'screenshot', 'closure-notice', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Types recognised from the file's first bytes. SVG and HTML are recognised only to be refused. */
export type SniffedMime =
  | 'image/jpeg'
  | 'image/png'
  | 'image/gif'
  | 'image/webp'
  | 'image/heic'
  | 'application/pdf'
  | 'image/svg+xml'
  | 'text/html'
  | 'application/octet-stream';

export type AttachmentWarning =
  | 'too-large'
  | 'refused-type'
  | 'unknown-type'
  | 'low-resolution'
  | 'unreadable-dimensions'
  | 'empty';

export interface AttachmentMeta {
  id: string;
  /** The name the owner gave (or the original file name); the bag may store it under a safer name. */
  name: string;
  kind: AttachmentKind;
  sha256: string;
  size: number;
  /** Detected from the bytes, never from the name. */
  mime: SniffedMime;
  width?: number;
  height?: number;
  warnings: AttachmentWarning[];
  note?: string;
}

export const CASE_EVENT_KINDS = ['restricted', 'notice', 'documents-sent', 'platform-reply', 'status-change', 'note'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface CaseEvent {
  id: string;
  /** ISO date-time with offset, or YYYY-MM-DD. */
  at: string;
  kind: CaseEventKind;
  text: string;
}

export const CASE_ASKS = ['reopen', 'release-funds', 'written-reason'] as const;
export type CaseAsk = (typeof CASE_ASKS)[number];

export interface MoneyAmount {
  amountMinor: number;
  currency: string;
}

export interface AppealCase {
  id: string;
  platform: CasePlatform;
  /** The account as the platform knows it: login email, phone or user id. Never a password. */
  account: string;
  /** Full legal name as on the account. */
  holderName?: string;
  /** Email or phone the platform can reach the owner on. */
  contact?: string;
  status: CaseStatus;
  reason: ReasonCategory;
  /** YYYY-MM-DD: the date of the freeze or closure. */
  restrictedOn?: string;
  /** The notice exactly as received (email text, in-app message). */
  noticeText: string;
  noticeReference?: string;
  /** Balance held on the notice date (permanent closures: the amount to be released). */
  balanceAtNotice?: MoneyAmount;
  asks: CaseAsk[];
  /** Own account the platform should release the funds to (masked or as the owner chooses to show it). */
  refundAccount?: string;
  /** For legal or authority freezes: who froze the account and under which reference. */
  authority?: { name?: string; reference?: string };
  events: CaseEvent[];
  contacts: ContactEntry[];
  checklist: ChecklistItem[];
  attachments: AttachmentMeta[];
  notes?: string;
}

/** The owner's verdict on one transaction (mirrors the renderer's review marks). */
export interface TransactionMark {
  transactionId: string;
  verdict: 'mine' | 'not-mine' | 'unsure';
  note: string;
}
