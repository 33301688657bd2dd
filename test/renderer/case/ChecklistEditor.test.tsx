// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../shared/case/checklist';
import { CasePage } from '../../../renderer/src/case/CasePage';
import { newCaseApi, renderCase, sampleCase } from './render-case';

afterEach(cleanup);

async function setup(lang: 'en' | 'zh-CN' = 'en') {
  const cases = newCaseApi();
  await cases.saveCase(sampleCase({ reason: 'identity-verification', checklist: buildChecklist('identity-verification', 'alipay') }));
  renderCase(<CasePage params={new URLSearchParams({ id: 'case-1' })} />, { cases, lang });
  const region = await screen.findByRole('region', { name: lang === 'en' ? 'Checklist' : '清单' });
  const stored = async () => (await cases.getCase('case-1'))!.row.checklist;
  return { region, stored };
}

describe('checklist editor', () => {
  it('ticks items off, counts progress, and marks unbacked lines as commonly reported', async () => {
    const { region, stored } = await setup();
    expect(within(region).getByText('0 of 8 done')).toBeTruthy();
    const bankCard = within(region).getByRole('checkbox', { name: /^A bank card in the same name/ });
    // Alipay's own pages were not available as a source, so nothing here is official for Alipay.
    expect(bankCard.closest('li')!.querySelector('.source-badge')!.textContent).toBe('commonly reported');
    fireEvent.click(bankCard);
    expect(within(region).getByText('1 of 8 done')).toBeTruthy();
    await waitFor(async () => expect((await stored()).find((i) => i.id === 'same-name-bank-card')?.done).toBe(true));
  });

  it('adds an own line, rewords a built-in one, changes a source, and removal is undoable', async () => {
    const { region, stored } = await setup();
    fireEvent.change(within(region).getByLabelText('Add your own item'), { target: { value: 'Ask the branch for a stamped statement' } });
    fireEvent.change(within(region).getByLabelText('Source'), { target: { value: 'official' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await stored()).at(-1)).toMatchObject({ text: { en: 'Ask the branch for a stamped statement' }, source: 'official', custom: true, done: false }));

    fireEvent.click(within(region).getByRole('button', { name: /^Edit “A selfie holding the ID/ }));
    const edit = within(region).getByLabelText('Checklist item');
    fireEvent.change(edit, { target: { value: 'A selfie holding the passport, face and data page visible' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).find((i) => i.id === 'selfie-with-id')).toMatchObject({
        text: { en: 'A selfie holding the passport, face and data page visible', 'zh-CN': 'A selfie holding the passport, face and data page visible' },
        custom: true,
      }),
    );

    fireEvent.change(within(region).getByLabelText(/^Source of “Proof of address/), { target: { value: 'official' } });
    await waitFor(async () => expect((await stored()).find((i) => i.id === 'proof-of-address')?.source).toBe('official'));

    const before = (await stored()).map((i) => i.id);
    fireEvent.click(within(region).getByRole('button', { name: /^Remove “Name-change documents/ }));
    await waitFor(async () => expect((await stored()).map((i) => i.id)).not.toContain('name-change'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).map((i) => i.id)).toEqual(before));
  });

  it('shows the lines in Chinese when the app is in Chinese', async () => {
    const { region } = await setup('zh-CN');
    expect(within(region).getByRole('checkbox', { name: '与实名信息同名、预留同一手机号的银行卡。' })).toBeTruthy();
    expect(within(region).getByText('已完成 0 / 8')).toBeTruthy();
  });
});
