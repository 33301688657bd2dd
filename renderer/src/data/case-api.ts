// The appeal-case part of the store: cases, their support-contact log and attachments. Kept apart from
// DataApi (transactions, findings, marks) because it is small, main-thread only and never needs the
// workers; both read the same IndexedDB database.
import type { AppealCase, AttachmentKind, AttachmentMeta, AttachmentWarning, ContactEntry } from '../../../shared/case/types';
import type { Lang } from '../../../shared/rules/types';

/** A case as stored: the shared model minus the lists that live in their own tables. */
export interface CaseRow extends Omit<AppealCase, 'contacts' | 'attachments'> {
  /** The imported account (AccountSummary.accountId) this case is about, used to pick its transactions. */
  accountId?: string;
  createdAt: string;
  updatedAt: string;
  /** The appeal letter as the owner edited it; absent while they use the generated draft. */
  letter?: { lang: Lang; text: string };
}

export interface ContactRow extends ContactEntry {
  caseId: string;
}

export interface AttachmentRow extends AttachmentMeta {
  caseId: string;
  /** The file's bytes, typed by what they contain (never by the name). */
  blob: Blob;
  addedAt: string;
  /**
   * Sharpness of a photo: variance of the Laplacian over a downscaled grey copy, measured in the
   * renderer with a canvas. Absent where the picture could not be decoded.
   */
  sharpness?: number;
}

/** An attachment's description without its bytes, for lists. */
export type AttachmentInfo = Omit<AttachmentRow, 'blob'>;

/** A case with its log and attachments, assembled from the three tables. */
export interface StoredCase {
  row: CaseRow;
  contacts: ContactRow[];
  attachments: AttachmentInfo[];
}

export interface NewAttachment {
  name: string;
  kind: AttachmentKind;
  bytes: Uint8Array;
  note?: string;
  sharpness?: number;
}

export type AddAttachmentResult =
  | { ok: true; attachment: AttachmentInfo }
  /** Nothing was stored: the file is empty, too large or of a type that can carry scripts. */
  | { ok: false; name: string; problems: AttachmentWarning[] };

/** Everything a deleted case held, so that Undo can put it back as it was. */
export interface DeletedCase {
  row: CaseRow;
  contacts: ContactRow[];
  attachments: AttachmentRow[];
}

export interface DueItem {
  caseId: string;
  platform: CaseRow['platform'];
  account: string;
  entry: ContactEntry;
  daysOverdue: number;
}

export interface CaseApi {
  listCases(): Promise<CaseRow[]>;
  getCase(id: string): Promise<StoredCase | undefined>;
  /** Creates or replaces a case; `updatedAt` is set here. */
  saveCase(row: CaseRow): Promise<void>;
  /** Changes a stored case from its current value (read and written in one transaction). */
  updateCase(id: string, change: (row: CaseRow) => CaseRow): Promise<void>;
  deleteCase(id: string): Promise<DeletedCase | undefined>;
  restoreCase(deleted: DeletedCase): Promise<void>;

  saveContact(caseId: string, entry: ContactEntry): Promise<void>;
  deleteContact(id: string): Promise<ContactRow | undefined>;
  restoreContact(row: ContactRow): Promise<void>;

  addAttachment(caseId: string, file: NewAttachment): Promise<AddAttachmentResult>;
  updateAttachment(id: string, patch: Partial<Pick<AttachmentMeta, 'name' | 'kind' | 'note'>>): Promise<void>;
  getAttachmentBlob(id: string): Promise<Blob | undefined>;
  deleteAttachment(id: string): Promise<AttachmentRow | undefined>;
  restoreAttachment(row: AttachmentRow): Promise<void>;

  /** Follow-ups due on or before `today` (YYYY-MM-DD) over every case, most overdue first. */
  dueFollowUps(today: string): Promise<DueItem[]>;
  /** Notifies when any case data changes. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The model's view of a stored case, as the bundle, letter and timeline take it. */
export function toAppealCase(c: StoredCase, attachmentIds?: ReadonlySet<string>): AppealCase {
  const { accountId: _a, createdAt: _c, updatedAt: _u, letter: _l, ...rest } = c.row;
  return {
    ...rest,
    contacts: c.contacts.map(({ caseId: _id, ...entry }) => entry),
    attachments: c.attachments
      .filter((a) => !attachmentIds || attachmentIds.has(a.id))
      .map(({ caseId: _id, addedAt: _at, sharpness: _s, ...meta }) => meta),
  };
}
