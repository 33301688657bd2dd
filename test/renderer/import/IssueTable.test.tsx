// @vitest-environment happy-dom
import '../data/env';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { DataApiProvider } from '../../../renderer/src/app/DataApiContext';
import { createI18n } from '../../../renderer/src/i18n';
import { ImportPage } from '../../../renderer/src/import/ImportPage';
import { IssueTable } from '../../../renderer/src/import/PreviewTables';
import { issueText } from '../../../shared/importing/issue-messages';
import type { RowIssue } from '../../../shared/model';
import { csvFile, freshApi, revolutCsv, rows } from '../data/helpers';

let api: ReturnType<typeof freshApi> | undefined;
afterEach(() => {
  cleanup();
  api?.close();
  api = undefined;
});

function table(lang: 'en' | 'zh-CN', issues: RowIssue[]): HTMLElement {
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <IssueTable issues={issues} total={issues.length} />
    </I18nextProvider>,
  );
  return screen.getByRole('table');
}

const cellsOf = (t: HTMLElement): string[][] =>
  within(t).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));

describe('Import page issue table', () => {
  it('words a file from the parse worker in Chinese, the cell quoted where English gives the reader\'s reason', async () => {
    api = freshApi();
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <DataApiProvider api={api}>
          <ImportPage />
        </DataApiProvider>
      </I18nextProvider>,
    );
    const lines = revolutCsv(rows(0, 4)).split('\n');
    // Line 3: a currency that is no ISO code; line 4: an unreadable amount.
    lines[2] = lines[2]!.replace(',EUR,', ',E,');
    lines[3] = lines[3]!.replace(/,-?\d+\.\d\d,0\.00,/, ',abc,0.00,');
    const input = screen.getByLabelText('账单文件（CSV、XLSX 或 ZIP）') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [csvFile('jan.csv', lines.join('\n'))], configurable: true });
    fireEvent.change(input);
    const caption = await screen.findByText('问题行（2）', { selector: 'caption' });
    expect(cellsOf(caption.closest('table')!)).toEqual([
      ['3', '缺少内容', '币种“E”不是 ISO 4217 代码'],
      ['4', '金额无法读取', '金额“abc”不是有效的金额'],
    ]);
  });

  it('keeps an issue without a message in its English words', () => {
    const t = table('zh-CN', [{ line: 7, code: 'bad-amount', detail: 'not an amount: "abc"' }]);
    expect(cellsOf(t)).toEqual([['7', '金额无法读取', 'not an amount: "abc"']]);
  });

  it('shows the Chinese sentences of the statement checks', () => {
    const t = table('zh-CN', [
      { line: 0, code: 'count-mismatch', ...issueText('count-mismatch', { declared: 66, read: 10 }) },
      { line: 32, code: 'duplicate-id', ...issueText('duplicate-id', { id: '2024011522001400001', first: 31 }) },
    ]);
    expect(cellsOf(t).map((r) => r[2])).toEqual([
      '账单写明共 66 笔记录，实际读到 10 行数据',
      '交易 2024011522001400001 已在第 31 行出现，本行未重复导入',
    ]);
  });

  it('keeps the part name a ZIP preview puts before the detail, and falls back to the detail for an unknown id', () => {
    const ragged = issueText('ragged-row', { cells: 3, columns: 17 });
    const t = table('zh-CN', [
      { line: 13, code: 'ragged-row', detail: `alipay.csv: ${ragged.detail}`, message: ragged.message },
      { line: 14, code: 'skipped-row', detail: 'a newer importer said so', message: { id: 'not-in-this-build', params: {} } },
    ]);
    expect(cellsOf(t).map((r) => r[2])).toEqual(['alipay.csv: 本行有 3 个单元格，表头有 17 列', 'a newer importer said so']);
  });

  it('shows the English detail itself in English', () => {
    const text = issueText('lossy-id', { text: '4.2E+27' });
    const t = table('en', [{ line: 21, code: 'lossy-id', ...text }]);
    expect(cellsOf(t).map((r) => r[2])).toEqual([text.detail]);
  });
});
