import './env';
import { describe, expect, it } from 'vitest';
import { WalletDb } from '../../../renderer/src/db/database';
import type { CaseRow } from '../../../renderer/src/data/case-api';
import { toAppealCase } from '../../../renderer/src/data/case-api';
import { createCaseApi } from '../../../renderer/src/data/case-store';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/case/attachments';
import { makePng } from '../case/png';
import { freshApi } from './helpers';

let n = 0;
function setup() {
  const db = new WalletDb(`case-store-${++n}`);
  let id = 0;
  let clock = Date.UTC(2024, 4, 1);
  const api = createCaseApi(db, { newId: () => `id${++id}`, now: () => new Date((clock += 1000)) });
  return { db, api };
}

const base: CaseRow = {
  id: 'c1', platform: 'revolut', account: 'me@example.com', status: 'open', reason: 'security-takeover',
  restrictedOn: '2024-04-20', noticeText: 'Your account is restricted.', asks: [], events: [], checklist: [],
  createdAt: '2024-04-20T10:00:00Z', updatedAt: '2024-04-20T10:00:00Z',
};

describe('case store', () => {
  it('saves a case with its contact log, lists it newest first and assembles the shared model', async () => {
    const { api } = setup();
    let changes = 0;
    api.subscribe(() => changes++);
    await api.saveCase(base);
    await api.saveCase({ ...base, id: 'c2', account: 'other' });
    await api.saveContact('c1', { id: 'k2', at: '2024-04-22T09:00:00+01:00', channel: 'email', officialConfirmed: false, asked: 'b', answered: 'b' });
    await api.saveContact('c1', { id: 'k1', at: '2024-04-21T09:00:00+01:00', channel: 'in-app-chat', officialConfirmed: true, asked: 'a', answered: 'a' });
    expect(changes).toBe(4);
    // Logging a contact touches the case, so c1 is the most recently changed.
    expect((await api.listCases()).map((c) => c.id)).toEqual(['c1', 'c2']);
    const stored = await api.getCase('c1');
    expect(stored?.contacts.map((c) => c.id)).toEqual(['k1', 'k2']);
    const model = toAppealCase(stored!);
    expect(model.contacts[0]).toEqual({ id: 'k1', at: '2024-04-21T09:00:00+01:00', channel: 'in-app-chat', officialConfirmed: true, asked: 'a', answered: 'a' });
    expect(model).not.toHaveProperty('createdAt');
    await expect(api.saveContact('nope', { id: 'x', at: '2024-04-21', channel: 'phone', officialConfirmed: false, asked: '', answered: '' })).rejects.toThrow(/no case nope/);
  });

  it('types attachments by their bytes, keeps the bytes and refuses what must not be stored', async () => {
    const { api } = setup();
    await api.saveCase(base);
    const png = makePng(40, 30);
    const added = await api.addAttachment('c1', { name: 'passport.jpg', kind: 'id-front', bytes: png, sharpness: 12.5 });
    expect(added).toMatchObject({ ok: true, attachment: { name: 'passport.jpg', mime: 'image/png', width: 40, height: 30, size: png.length, sharpness: 12.5 } });
    expect(added.ok && added.attachment.warnings).toEqual(['low-resolution']);
    const blob = await api.getAttachmentBlob(added.ok ? added.attachment.id : '');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(png);
    expect(blob!.type).toBe('image/png');

    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await api.addAttachment('c1', { name: 'id.png', kind: 'id-front', bytes: svg })).toEqual({ ok: false, name: 'id.png', problems: ['refused-type'] });
    expect(await api.addAttachment('c1', { name: 'empty.pdf', kind: 'other', bytes: new Uint8Array() })).toMatchObject({ ok: false, problems: ['empty'] });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    expect(await api.addAttachment('c1', { name: 'huge.pdf', kind: 'other', bytes: big })).toMatchObject({ ok: false, problems: ['too-large'] });
    expect((await api.getCase('c1'))?.attachments).toHaveLength(1);
  });

  it('deletes a case with everything it holds in one go, and restoring brings all of it back', async () => {
    const { api, db } = setup();
    await api.saveCase(base);
    await api.saveContact('c1', { id: 'k1', at: '2024-04-21', channel: 'phone', officialConfirmed: true, asked: '', answered: '', followUpOn: '2024-04-25' });
    await api.addAttachment('c1', { name: 'notice.png', kind: 'closure-notice', bytes: makePng(8, 8) });
    const deleted = await api.deleteCase('c1');
    expect(deleted?.contacts).toHaveLength(1);
    expect(deleted?.attachments).toHaveLength(1);
    expect(await api.getCase('c1')).toBeUndefined();
    expect(await db.table('contacts').count()).toBe(0);
    expect(await db.table('attachments').count()).toBe(0);
    await api.restoreCase(deleted!);
    const back = await api.getCase('c1');
    expect(back?.contacts.map((c) => c.id)).toEqual(['k1']);
    expect(back?.attachments.map((a) => a.name)).toEqual(['notice.png']);
  });

  it('lists due follow-ups over every case, most overdue first, leaving done and future ones out', async () => {
    const { api } = setup();
    await api.saveCase(base);
    await api.saveCase({ ...base, id: 'c2', platform: 'alipay', account: '138****0000' });
    const entry = { channel: 'phone' as const, officialConfirmed: true, asked: '', answered: '' };
    await api.saveContact('c1', { ...entry, id: 'a', at: '2024-04-21', followUpOn: '2024-05-01' });
    await api.saveContact('c1', { ...entry, id: 'b', at: '2024-04-21', followUpOn: '2024-04-28', followUpDone: true });
    await api.saveContact('c2', { ...entry, id: 'c', at: '2024-04-22', followUpOn: '2024-04-28' });
    await api.saveContact('c2', { ...entry, id: 'd', at: '2024-04-22', followUpOn: '2024-05-09' });
    const due = await api.dueFollowUps('2024-05-01');
    expect(due.map((d) => [d.entry.id, d.caseId, d.account, d.daysOverdue])).toEqual([
      ['c', 'c2', '138****0000', 3],
      ['a', 'c1', 'me@example.com', 0],
    ]);
    expect(due[0]!.entry).not.toHaveProperty('caseId');
  });

  it('deleting and restoring one contact or attachment works for undo', async () => {
    const { api } = setup();
    await api.saveCase(base);
    await api.saveContact('c1', { id: 'k1', at: '2024-04-21', channel: 'phone', officialConfirmed: true, asked: 'x', answered: 'y' });
    const added = await api.addAttachment('c1', { name: 'a.png', kind: 'screenshot', bytes: makePng(4, 4) });
    const contact = await api.deleteContact('k1');
    const att = await api.deleteAttachment(added.ok ? added.attachment.id : '');
    expect((await api.getCase('c1'))?.contacts).toEqual([]);
    await api.restoreContact(contact!);
    await api.restoreAttachment(att!);
    const back = await api.getCase('c1');
    expect(back?.contacts.map((c) => c.asked)).toEqual(['x']);
    expect(back?.attachments).toHaveLength(1);
  });
});

describe('case data in backups', () => {
  it('backup → delete all → restore brings cases, the contact log and attachment bytes back', async () => {
    const data = freshApi();
    try {
      const cases = createCaseApi(data.db);
      await cases.saveCase(base);
      await cases.saveContact('c1', { id: 'k1', at: '2024-04-21T09:00:00+01:00', channel: 'email', officialConfirmed: true, asked: 'q', answered: 'a' });
      const png = makePng(20, 10);
      const added = await cases.addAttachment('c1', { name: 'id.png', kind: 'id-front', bytes: png });
      const backup = await data.backup();
      await data.deleteAll();
      expect(await cases.listCases()).toEqual([]);
      await data.restore(backup);
      const back = await cases.getCase('c1');
      expect(back?.contacts.map((c) => c.id)).toEqual(['k1']);
      expect(back?.attachments.map((a) => a.sha256)).toEqual([added.ok ? added.attachment.sha256 : '']);
      const blob = await cases.getAttachmentBlob(back!.attachments[0]!.id);
      expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(png);
    } finally {
      data.close();
    }
  });
});
