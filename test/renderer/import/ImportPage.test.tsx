// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { DataApiProvider } from '../../../renderer/src/app/DataApiContext';
import { createI18n } from '../../../renderer/src/i18n';
import { ImportPage } from '../../../renderer/src/import/ImportPage';
import { csvFile, freshApi, revolutCsv, rows } from '../data/helpers';

let api: ReturnType<typeof freshApi>;
afterEach(() => {
  cleanup();
  api?.close();
});

function setup(lang: 'en' | 'zh-CN' = 'en') {
  api = freshApi();
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <DataApiProvider api={api}>
        <ImportPage />
      </DataApiProvider>
    </I18nextProvider>,
  );
}

function choose(label: string | RegExp, ...files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function cardOf(name: string): Promise<HTMLElement> {
  const all = await screen.findAllByRole('article', { name });
  return all[all.length - 1]!;
}

describe('ImportPage', () => {
  it('previews a file, imports it, reports the count and the findings, then undoes it', async () => {
    setup();
    const text = revolutCsv(rows(0, 1234));
    choose('Statement files (CSV, XLSX or ZIP)', csvFile('jan.csv', text));
    const card = await cardOf('jan.csv');
    await waitFor(() => expect(within(card).getByTestId('count-new').textContent).toBe('1,234'));
    expect(within(card).getByTestId('count-stored').textContent).toBe('0');
    expect((within(card).getByLabelText('Provider') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Detected: Revolut');
    expect(within(card).getByRole('table', { name: 'First rows' }).textContent).toContain('Coffee Bar');

    fireEvent.click(within(card).getByRole('button', { name: 'Import 1,234 new transactions' }));
    await within(card).findByText('Imported 1,234 new transactions.');
    await screen.findByText('5 findings.');
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(1234);

    fireEvent.click(await screen.findByRole('button', { name: 'Undo the last import (jan.csv)' }));
    await screen.findByText('Removed the import of jan.csv (1,234 transactions).');
    expect((await api.queryTransactions({}, 0, 1)).total).toBe(0);
    await screen.findByText('0 findings.');
  });

  it('says 0 new for a file imported before and offers no import', async () => {
    setup();
    const file = csvFile('feb.csv', revolutCsv(rows(0, 12)));
    await api.commit((await api.preview(file, {})).key);
    choose('Statement files (CSV, XLSX or ZIP)', file);
    const card = await cardOf('feb.csv');
    await within(card).findByText(/already imported on \d{4}-\d{2}-\d{2}: 0 new transactions/);
    expect(within(card).getByTestId('count-new').textContent).toBe('0');
    expect((within(card).getByRole('button', { name: 'Nothing new to import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows why a file cannot be imported', async () => {
    setup();
    choose('Statement files (CSV, XLSX or ZIP)', csvFile('scan.csv', '%PDF-1.4 binary'));
    const card = await cardOf('scan.csv');
    expect((await within(card).findByRole('alert')).textContent).toMatch(/^scan\.csv: this is a PDF document/);
    expect(await api.db.imports.count()).toBe(0);
  });

  it('asks for the password of a protected ZIP and says when it is wrong', async () => {
    setup();
    const writer = new ZipWriter(new BlobWriter('application/zip'), { password: 'pw-123', encryptionStrength: 3 });
    await writer.add('inner.csv', new TextReader(revolutCsv(rows(0, 7))));
    const zip = new File([await (await writer.close()).arrayBuffer()], 'mail.zip', { type: 'application/zip' });
    choose('Statement files (CSV, XLSX or ZIP)', zip);
    const card = await cardOf('mail.zip');
    const password = await within(card).findByLabelText('Password');
    fireEvent.change(password, { target: { value: 'nope' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Open' }));
    await within(card).findByText('That password is wrong. Try again.');
    fireEvent.change(within(card).getByLabelText('Password'), { target: { value: 'pw-123' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(within(card).getByTestId('count-new').textContent).toBe('7'));
  });

  it('speaks Chinese when the app does', async () => {
    setup('zh-CN');
    choose('账单文件（CSV、XLSX 或 ZIP）', csvFile('jan.csv', revolutCsv(rows(0, 3))));
    const card = await cardOf('jan.csv');
    await within(card).findByRole('button', { name: '导入 3 笔新交易' });
  });
});
