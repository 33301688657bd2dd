// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT } from '../../../renderer/src/transactions/columns';
import { TransactionsPage } from '../../../renderer/src/transactions/TransactionsPage';
import { PAGE_SIZE } from '../../../renderer/src/transactions/useTransactionWindow';
import { FakeDataApi, tx } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';
import { withTableViewport } from '../app/table-viewport';

const VIEW_ROWS = 10;
const MILLION = 1_000_000;

withTableViewport(VIEW_ROWS);
afterEach(cleanup);

const bodyRows = (): HTMLElement[] =>
  Array.from(screen.getByTestId('tx-scroll').querySelectorAll<HTMLElement>('[role="row"]'));

describe('transactions table windowing', () => {
  it('renders only the rows in view of a million and fetches only their page', async () => {
    const api = new FakeDataApi({ virtual: { count: MILLION, make: (i) => tx(i) } });
    renderWithApp(<TransactionsPage params={new URLSearchParams()} />, api);

    await screen.findByText('1,000,000 transactions');
    await screen.findByText('Shop 0');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThanOrEqual(VIEW_ROWS);
    expect(rows.length).toBeLessThan(VIEW_ROWS + 20); // viewport + overscan, nowhere near 1M
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(MILLION + 1));
    // Every fetch was one page window, and all of them near the top.
    expect(api.queries.every((q) => q.limit === PAGE_SIZE && q.offset < PAGE_SIZE * 2)).toBe(true);
    expect(screen.queryByText('Shop 500')).toBeNull();
  });

  it('fetches and renders the window at a deep scroll position', async () => {
    const api = new FakeDataApi({ virtual: { count: MILLION, make: (i) => tx(i) } });
    renderWithApp(<TransactionsPage params={new URLSearchParams()} />, api);
    await screen.findByText('Shop 0');

    const scroller = screen.getByTestId('tx-scroll');
    const target = 654_321;
    await act(async () => {
      scroller.scrollTop = target * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    await screen.findByText(`Shop ${target}`);
    expect(api.queries.some((q) => q.offset === Math.floor(target / PAGE_SIZE) * PAGE_SIZE)).toBe(true);
    const indexes = bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
    expect(Math.min(...indexes)).toBeGreaterThan(target - 20);
    expect(Math.max(...indexes)).toBeLessThan(target + VIEW_ROWS + 20);
    expect(screen.queryByText('Shop 0')).toBeNull();
  });

  it('moves the selection with the keyboard and shows the row’s provenance', async () => {
    const api = new FakeDataApi({ transactions: Array.from({ length: 50 }, (_, i) => tx(i)) });
    renderWithApp(<TransactionsPage params={new URLSearchParams()} />, api);
    await screen.findByText('50 transactions');
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'Home' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });

    // Default sort is newest first; the third row is whatever the fake returns third.
    const third = (await api.queryTransactions({ sort: { key: 'occurredAt', dir: 'desc' } }, 2, 1)).rows[0]!;
    const details = screen.getByRole('complementary', { name: 'Transaction details' });
    await within(details).findByText(String(third.source.line));
    expect(grid.getAttribute('aria-activedescendant')).toBe('tx-row-2');
    for (const cell of third.source.raw) expect(within(details).getAllByText(cell).length).toBeGreaterThan(0);
    expect(within(details).getByText(third.source.fileSha256)).toBeTruthy();
  });

  it('shows the import file’s name in the provenance when the import log knows it', async () => {
    const api = new FakeDataApi({
      transactions: [tx(1)],
      imports: [{
        id: 'i1', fileSha256: 'ab'.repeat(32), name: 'revolut-march.csv', size: 100, importer: 'revolut', layout: 'statement-2021',
        encoding: 'utf-8', accountId: 'main', importedAt: '2024-04-01T00:00:00Z', rows: 1, added: 1, duplicates: 0, issues: [],
      }],
    });
    renderWithApp(<TransactionsPage params={new URLSearchParams()} />, api);
    fireEvent.click(await screen.findByText('Shop 1'));
    await waitFor(() => expect(screen.getByText('revolut-march.csv')).toBeTruthy());
  });
});
