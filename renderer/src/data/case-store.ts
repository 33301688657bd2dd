// CaseApi over the app's Dexie database (tables `cases`, `contacts`, `attachments` of schema version 2).
// Every change that touches more than one table runs in one transaction, so a failure leaves nothing
// half-written.
import type { Table } from 'dexie';
import { describeAttachment } from '../../../shared/case/attachments';
import { dueFollowUps } from '../../../shared/case/contact-log';
import type { WalletDb } from '../db/database';
import type { AttachmentInfo, AttachmentRow, CaseApi, CaseRow, ContactRow, DueItem } from './case-api';
import { createStoreWrites } from './store-writes';

export interface CaseTables {
  cases: Table<CaseRow, string>;
  contacts: Table<ContactRow, string>;
  attachments: Table<AttachmentRow, string>;
}

export function caseTables(db: WalletDb): CaseTables {
  return { cases: db.table('cases'), contacts: db.table('contacts'), attachments: db.table('attachments') };
}

const withoutBlob = ({ blob: _b, ...info }: AttachmentRow): AttachmentInfo => info;

const byTime = (a: { at: string; id: string }, b: { at: string; id: string }): number => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

export function createCaseApi(db: WalletDb, opts: { newId?: () => string; now?: () => Date } = {}): CaseApi {
  const t = caseTables(db);
  const newId = opts.newId ?? (() => crypto.randomUUID());
  const now = opts.now ?? (() => new Date());
  const { guard, write, subscribe } = createStoreWrites();
  const touch = (caseId: string): Promise<unknown> => t.cases.update(caseId, { updatedAt: now().toISOString() });

  return {
    listCases: () => guard(async () => (await t.cases.toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))),

    getCase: (id) =>
      guard(() =>
        db.transaction('r', [t.cases, t.contacts, t.attachments], async () => {
          const row = await t.cases.get(id);
          if (!row) return undefined;
          const contacts = (await t.contacts.where('caseId').equals(id).toArray()).sort(byTime);
          const attachments = (await t.attachments.where('caseId').equals(id).toArray())
            .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
            .map(withoutBlob);
          return { row, contacts, attachments };
        }),
      ),

    saveCase: (row) => write(async () => void (await t.cases.put({ ...row, updatedAt: now().toISOString() }))),

    updateCase: (id, change) =>
      write(() =>
        db.transaction('rw', t.cases, async () => {
          const row = await t.cases.get(id);
          if (!row) throw new Error(`There is no case ${id} to change`);
          await t.cases.put({ ...change(row), id, updatedAt: now().toISOString() });
        }),
      ),

    deleteCase: (id) =>
      write(() =>
        db.transaction('rw', [t.cases, t.contacts, t.attachments], async () => {
          const row = await t.cases.get(id);
          if (!row) return undefined;
          const contacts = await t.contacts.where('caseId').equals(id).toArray();
          const attachments = await t.attachments.where('caseId').equals(id).toArray();
          await t.contacts.bulkDelete(contacts.map((c) => c.id));
          await t.attachments.bulkDelete(attachments.map((a) => a.id));
          await t.cases.delete(id);
          return { row, contacts, attachments };
        }),
      ),

    restoreCase: (d) =>
      write(() =>
        db.transaction('rw', [t.cases, t.contacts, t.attachments], async () => {
          await t.cases.put(d.row);
          await t.contacts.bulkPut(d.contacts);
          await t.attachments.bulkPut(d.attachments);
        }),
      ),

    saveContact: (caseId, entry) =>
      write(() =>
        db.transaction('rw', [t.cases, t.contacts], async () => {
          if (!(await t.cases.get(caseId))) throw new Error(`There is no case ${caseId} to log this contact in`);
          await t.contacts.put({ ...entry, caseId });
          await touch(caseId);
        }),
      ),

    deleteContact: (id) =>
      write(() =>
        db.transaction('rw', [t.cases, t.contacts], async () => {
          const row = await t.contacts.get(id);
          if (row) {
            await t.contacts.delete(id);
            await touch(row.caseId);
          }
          return row;
        }),
      ),

    restoreContact: (row) => write(async () => void (await t.contacts.put(row))),

    async addAttachment(caseId, file) {
      // Type, checksum, size limit and resolution come from the bytes (shared/case), never from the name.
      const meta = await describeAttachment({ id: newId(), name: file.name, kind: file.kind, bytes: file.bytes, ...(file.note ? { note: file.note } : {}) });
      const { acceptable, ...info } = meta;
      if (!acceptable) return { ok: false, name: file.name, problems: info.warnings };
      const row: AttachmentRow = {
        ...info,
        caseId,
        addedAt: now().toISOString(),
        blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: info.mime }),
        ...(file.sharpness !== undefined ? { sharpness: file.sharpness } : {}),
      };
      await write(() =>
        db.transaction('rw', [t.cases, t.attachments], async () => {
          if (!(await t.cases.get(caseId))) throw new Error(`There is no case ${caseId} to attach this file to`);
          await t.attachments.add(row);
          await touch(caseId);
        }),
      );
      return { ok: true, attachment: withoutBlob(row) };
    },

    updateAttachment: (id, patch) => write(async () => void (await t.attachments.update(id, patch))),

    getAttachmentBlob: (id) => guard(async () => (await t.attachments.get(id))?.blob),

    deleteAttachment: (id) =>
      write(async () => {
        const row = await t.attachments.get(id);
        if (row) await t.attachments.delete(id);
        return row;
      }),

    restoreAttachment: (row) => write(async () => void (await t.attachments.put(row))),

    dueFollowUps: (today) =>
      guard(async () => {
        const [cases, contacts] = await Promise.all([
          t.cases.toArray(),
          t.contacts.where('followUpOn').belowOrEqual(today).toArray(),
        ]);
        const byCase = new Map(cases.map((c) => [c.id, c]));
        const out: DueItem[] = [];
        for (const c of cases) {
          const mine = contacts.filter((e) => e.caseId === c.id);
          for (const due of dueFollowUps({ contacts: mine }, today)) {
            const { caseId: _id, ...entry } = due.entry as ContactRow;
            out.push({ caseId: c.id, platform: c.platform, account: c.account, entry, daysOverdue: due.daysOverdue });
          }
        }
        // Entries whose case is gone (should not happen: deletes are transactional) are left out.
        return out
          .filter((d) => byCase.has(d.caseId))
          .sort((a, b) => b.daysOverdue - a.daysOverdue || a.entry.at.localeCompare(b.entry.at) || a.entry.id.localeCompare(b.entry.id));
      }),

    subscribe,
  };
}
