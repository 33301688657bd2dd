// A virtualised grid: only the rows in view (plus a small overscan) exist in the DOM. The grid itself takes
// focus and moves the selection with the arrow keys, Page Up/Down, Home and End; the details panel follows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Transaction } from '../../../shared/model';
import { ROW_HEIGHT } from './columns';
import type { TxSort } from './filters';
import { TableHeader } from './TableHeader';
import { TransactionRow } from './TransactionRow';
import type { TransactionWindow } from './useTransactionWindow';

interface Props {
  win: TransactionWindow;
  label: string;
  sort: TxSort;
  onSort(key: TxSort['key']): void;
  selected: number | undefined;
  onSelect(index: number, tx: Transaction | undefined): void;
  /** Changes when the query changes, which scrolls back to the top. */
  resetKey: string;
}

export function TransactionTable({ win, label, sort, onSort, selected, onSelect, resetKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = win.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { ensure } = win;

  useEffect(() => ensure(first, last), [first, last, ensure]);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  const select = (index: number): void => {
    const i = Math.max(0, Math.min(count - 1, index));
    if (count === 0) return;
    virtualizer.scrollToIndex(i, { align: 'auto' });
    onSelect(i, win.rowAt(i));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget) return; // Keys on the sort buttons are theirs.
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const cur = selected ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: cur + 1, ArrowUp: cur - 1, PageDown: cur + page, PageUp: cur - page, Home: 0, End: count - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(cur < 0 && e.key === 'ArrowUp' ? 0 : to);
  };

  // Once a selected row's page arrives, hand the row to the details panel.
  const selectedTx = selected !== undefined ? win.rowAt(selected) : undefined;
  useEffect(() => {
    if (selected !== undefined && selectedTx) onSelect(selected, selectedTx);
  }, [selected, selectedTx, onSelect]);

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={count + 1}
      aria-colcount={6}
      aria-activedescendant={selected !== undefined ? `tx-row-${selected}` : undefined}
      tabIndex={0}
      className="tx-grid"
      onKeyDown={onKeyDown}
    >
      <TableHeader sort={sort} onSort={onSort} />
      <div ref={scrollRef} className="tx-scroll" data-testid="tx-scroll">
        <div role="rowgroup" className="tx-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <TransactionRow
              key={item.index}
              index={item.index}
              tx={win.rowAt(item.index)}
              selected={item.index === selected}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onSelect={(i) => onSelect(i, win.rowAt(i))}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
