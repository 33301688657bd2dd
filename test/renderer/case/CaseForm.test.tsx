// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../shared/case/checklist';
import { CasePage } from '../../../renderer/src/case/CasePage';
import { rowFromDraft, draftFromRow } from '../../../renderer/src/case/case-draft';
import { renderCase, sampleCase } from './render-case';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('case form', () => {
  it('starts from an empty state, insists on the account, then saves the case with the checklist for its reason', async () => {
    const { cases } = renderCase(<CasePage params={new URLSearchParams()} />);
    const empty = await screen.findByRole('region', { name: 'No cases yet' });
    fireEvent.click(within(empty).getByRole('button', { name: 'Start a case' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create the case' }));
    const account = screen.getByLabelText('Account (login email, phone or user id)');
    expect(account.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Required.')).toBeTruthy();
    expect(await cases.listCases()).toEqual([]);

    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'wise' } });
    fireEvent.change(account, { target: { value: 'me@example.com' } });
    fireEvent.change(screen.getByLabelText('Reason category'), { target: { value: 'identity-verification' } });
    fireEvent.change(screen.getByLabelText('Date of the freeze or closure'), { target: { value: '2024-03-20' } });
    fireEvent.change(screen.getByLabelText('The notice as received'), { target: { value: 'We deactivated your account.' } });
    fireEvent.change(screen.getByLabelText('Balance held on the notice date'), { target: { value: '1,234.50' } });
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'eur' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Release the funds' }));
    fireEvent.change(screen.getByLabelText('Your own account for releasing the funds'), { target: { value: 'DE89 **** 3000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the case' }));

    await waitFor(async () => expect(await cases.listCases()).toHaveLength(1));
    const [row] = await cases.listCases();
    expect(row).toMatchObject({
      platform: 'wise', account: 'me@example.com', reason: 'identity-verification', status: 'open', restrictedOn: '2024-03-20',
      noticeText: 'We deactivated your account.', balanceAtNotice: { amountMinor: 123450, currency: 'EUR' }, asks: ['release-funds'],
      refundAccount: 'DE89 **** 3000',
    });
    expect(row!.checklist.map((i) => i.id)).toEqual(buildChecklist('identity-verification', 'wise').map((i) => i.id));
    // Wise's own pages back the photo-ID line; the selfie line is official for Wise too.
    expect(row!.checklist.find((i) => i.id === 'photo-id')?.source).toBe('official');
    expect(location.hash).toBe(`#/case?id=${row!.id}`);
  });

  it('refuses a freeze date in the future and an amount or currency that is not one', async () => {
    const { cases } = renderCase(<CasePage params={new URLSearchParams()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start a case' }));
    fireEvent.change(screen.getByLabelText('Account (login email, phone or user id)'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Date of the freeze or closure'), { target: { value: '2999-01-01' } });
    fireEvent.change(screen.getByLabelText('Balance held on the notice date'), { target: { value: '12.3.4' } });
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'CNY' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the case' }));
    expect(await screen.findByText('This date is in the future.')).toBeTruthy();
    expect(screen.getByText('Not an amount, e.g. 1234.56.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Please fix the marked fields.');
    expect(await cases.listCases()).toEqual([]);
  });

  it('edits a case: ticks and own lines survive a change of reason, and a status change becomes a timeline event', async () => {
    const checklist = buildChecklist('security-takeover', 'alipay').map((i) => (i.id === 'change-password' ? { ...i, done: true } : i));
    checklist.push({ id: 'own-1', text: { en: 'Call the bank', 'zh-CN': 'Call the bank' }, done: false, source: 'commonly-reported', custom: true });
    const { cases } = renderCase(<CasePage params={new URLSearchParams({ id: 'case-1' })} />);
    await cases.saveCase(sampleCase({ checklist }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the case' }));
    fireEvent.change(screen.getByLabelText('Reason category'), { target: { value: 'policy-violation' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'appealed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.row.status).toBe('appealed'));
    const row = (await cases.getCase('case-1'))!.row;
    const ids = row.checklist.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['flagged-with-notes', 'change-password', 'own-1']));
    expect(row.checklist.find((i) => i.id === 'change-password')?.done).toBe(true);
    expect(ids).not.toContain('list-devices');
    expect(row.events).toEqual([expect.objectContaining({ kind: 'status-change', text: 'Open → Appealed' })]);
    // The timeline lists the new event.
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText(/Case status changed: Open → Appealed/)).toBeTruthy();
  });
});

describe('draft ↔ row', () => {
  it('round-trips every field and keeps the edited letter', () => {
    const row = sampleCase({
      holderName: 'Li Lei', contact: 'li@example.com', accountId: 'main', noticeReference: 'R-1', balanceAtNotice: { amountMinor: 5000, currency: 'JPY' },
      asks: ['written-reason'], authority: { name: 'Court', reference: 'X-9' }, notes: 'n', letter: { lang: 'en', text: 'Dear' },
      checklist: buildChecklist('security-takeover', 'alipay'),
    });
    const back = rowFromDraft(draftFromRow(row), { previous: row, id: row.id, now: '2024-04-01T00:00:00.000Z', today: '2024-04-01', lang: 'en' });
    expect(back).toEqual({ ok: true, row: { ...row, updatedAt: '2024-04-01T00:00:00.000Z' } });
  });
});
