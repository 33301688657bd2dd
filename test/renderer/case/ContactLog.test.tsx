// @vitest-environment happy-dom
import '../data/env';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasePage } from '../../../renderer/src/case/CasePage';
import { localToday, shiftDay } from '../../../renderer/src/case/dates';
import { FollowUpsDue } from '../../../renderer/src/case/FollowUpsDue';
import { newCaseApi, renderCase, sampleCase } from './render-case';

afterEach(cleanup);

const today = localToday();

async function caseWithLog() {
  const cases = newCaseApi();
  await cases.saveCase(sampleCase());
  const base = { channel: 'phone' as const, channelDetail: '95188', officialConfirmed: true, asked: 'Why?', answered: 'Under review.' };
  await cases.saveContact('case-1', { ...base, id: 'late', at: '2024-03-21T10:00:00+08:00', ticket: 'T-1', promisedNextStep: 'Call back', followUpOn: shiftDay(today, -3) });
  await cases.saveContact('case-1', { ...base, id: 'today', at: '2024-03-22T10:00:00+08:00', followUpOn: today });
  await cases.saveContact('case-1', { ...base, id: 'later', at: '2024-03-23T10:00:00+08:00', followUpOn: shiftDay(today, 5) });
  await cases.saveContact('case-1', { ...base, id: 'done', at: '2024-03-24T10:00:00+08:00', followUpOn: shiftDay(today, -9), followUpDone: true });
  return cases;
}

describe('due follow-ups', () => {
  it('the Home widget lists the due ones, most overdue first, and marking one done removes it', async () => {
    const cases = await caseWithLog();
    renderCase(<FollowUpsDue />, { cases });
    const region = await screen.findByRole('region', { name: '2 support follow-ups due' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Alipay — 138\*\*\*\*5678 — due .*, 3 days overdue · by phone · Ticket number T-1 · Call back/),
      expect.stringMatching(/^Alipay — 138\*\*\*\*5678 — due today/),
    ]);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('#/case?id=case-1');
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Mark the follow-up of Alipay — 138****5678 done' }));
    await screen.findByRole('region', { name: '1 support follow-up due' });
    expect((await cases.getCase('case-1'))?.contacts.find((c) => c.id === 'late')?.followUpDone).toBe(true);
  });

  it('the widget renders nothing when no follow-up is due', async () => {
    const cases = newCaseApi();
    await cases.saveCase(sampleCase());
    const entry = { channel: 'phone' as const, officialConfirmed: true, asked: '', answered: '' };
    await cases.saveContact('case-1', { ...entry, id: 'a', at: '2024-03-21', followUpOn: shiftDay(today, 1) });
    await cases.saveContact('case-1', { ...entry, id: 'b', at: '2024-03-21', followUpOn: shiftDay(today, -1), followUpDone: true });
    const asked = vi.spyOn(cases, 'dueFollowUps');
    renderCase(<FollowUpsDue />, { cases });
    await waitFor(() => expect(asked).toHaveBeenCalledWith(today));
    expect(await asked.mock.results[0]!.value).toEqual([]);
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { name: /follow-up/ })).toBeNull();
  });

  it('the case page marks overdue entries in the log', async () => {
    const cases = await caseWithLog();
    renderCase(<CasePage params={new URLSearchParams({ id: 'case-1' })} />, { cases });
    const late = await screen.findByRole('article', { name: /^Contact on 2024年3月21日|^Contact on 2024-03-21/ });
    expect(within(late).getByText('3 days overdue')).toBeTruthy();
    expect(within(late).getByText('Official channel (verified)')).toBeTruthy();
    const later = screen.getByRole('article', { name: /2024-03-23/ });
    expect(within(later).queryByText(/overdue|due today/)).toBeNull();
  });
});

describe('logging a contact', () => {
  it('warns while typing when the channel is unconfirmed, the number unknown, or the other side asked for a code', async () => {
    const cases = newCaseApi();
    await cases.saveCase(sampleCase());
    renderCase(<CasePage params={new URLSearchParams({ id: 'case-1' })} />, { cases });
    const log = await screen.findByRole('region', { name: 'Support contact log' });
    // The official channels of the platform are listed, labelled by how well they are backed.
    expect(within(log).getByText(/Alipay hotline 95188/).textContent).toContain('commonly reported');
    expect(within(log).getByRole('note').textContent).toMatch(/never asks for your password, SMS code/);

    fireEvent.click(within(log).getByRole('button', { name: 'Log a contact' }));
    const form = within(log).getByRole('form', { name: 'New contact' });
    fireEvent.change(within(form).getByLabelText('Channel'), { target: { value: 'phone' } });
    fireEvent.change(within(form).getByLabelText('Number, address or page used'), { target: { value: '400-123-4567' } });
    fireEvent.change(within(form).getByLabelText('What they answered'), { target: { value: 'Please tell me the verification code we sent you.' } });
    const warnings = () => form.querySelector('.contact-warnings')?.textContent ?? '';
    expect(warnings()).toContain('Not confirmed as an official channel');
    expect(warnings()).toContain('not one the platform is known to use');
    expect(warnings()).toContain('They asked for a code');

    fireEvent.click(within(form).getByRole('checkbox', { name: /I confirmed this is an official channel/ }));
    fireEvent.change(within(form).getByLabelText('Number, address or page used'), { target: { value: '95188' } });
    expect(warnings()).not.toContain('Not confirmed');
    expect(warnings()).not.toContain('not one the platform');
    expect(warnings()).toContain('They asked for a code');

    fireEvent.change(within(form).getByLabelText('Ticket number'), { target: { value: 'A-77' } });
    fireEvent.change(within(form).getByLabelText('Follow up on'), { target: { value: '2024-04-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.contacts).toHaveLength(1));
    const [saved] = (await cases.getCase('case-1'))!.contacts;
    expect(saved).toMatchObject({ channel: 'phone', channelDetail: '95188', officialConfirmed: true, ticket: 'A-77', followUpOn: '2024-04-01' });
    expect(saved!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00([+-]\d{2}:\d{2}|Z)$/);
    const entry = await within(log).findByRole('article', { name: /^Contact on/ });
    expect(within(entry).getByRole('list', { name: 'Warnings' }).textContent).toContain('They asked for a code');
  });

  it('deleting an entry can be undone', async () => {
    const cases = await caseWithLog();
    renderCase(<CasePage params={new URLSearchParams({ id: 'case-1' })} />, { cases });
    const entry = await screen.findByRole('article', { name: /2024-03-23/ });
    fireEvent.click(within(entry).getByRole('button', { name: /^Delete the contact on/ }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.contacts.map((c) => c.id)).toEqual(['late', 'today', 'done']));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await cases.getCase('case-1'))?.contacts).toHaveLength(4));
  });
});
