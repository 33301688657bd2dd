// Rows on demand: the table asks for the visible range, this fetches the missing fixed-size pages from the
// store and keeps a bounded number of them, so scrolling through 1,000,000 rows never holds more than a
// few thousand in memory.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Transaction } from '../../../shared/model';
import type { DataApi, TxQuery } from '../data/api';

export const PAGE_SIZE = 100;
/** Pages kept; the ones farthest from the visible range are dropped first. */
export const MAX_PAGES = 40;

export interface TransactionWindow {
  /** `undefined` until the first page has answered. */
  total: number | undefined;
  error: string | undefined;
  rowAt(index: number): Transaction | undefined;
  /** Tell the window which rows are on screen; it fetches what is missing. */
  ensure(start: number, end: number): void;
}

export function useTransactionWindow(api: DataApi, query: TxQuery, version: number): TransactionWindow {
  const key = JSON.stringify(query);
  const pages = useRef(new Map<number, Transaction[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const lastRange = useRef<[number, number]>([0, 0]);
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<string>();
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      api.queryTransactions(queryRef.current, page * PAGE_SIZE, PAGE_SIZE).then(
        (res) => {
          if (gen !== generation.current) return; // An answer to a query that is no longer shown.
          pending.current.delete(page);
          pages.current.set(page, res.rows);
          evict(pages.current, lastRange.current);
          setTotal(res.total);
          setError(undefined);
          bump();
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [api],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      if (end < start) return;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );

  // A new query or changed data: forget everything and start again from the rows in view.
  useEffect(() => {
    generation.current++;
    pages.current.clear();
    pending.current.clear();
    setTotal(undefined);
    setError(undefined);
    const [start, end] = lastRange.current;
    ensure(start, Math.max(end, start));
    ensure(0, 0);
  }, [key, version, ensure]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, error, rowAt, ensure };
}

function evict(pages: Map<number, Transaction[]>, [start, end]: [number, number]): void {
  if (pages.size <= MAX_PAGES) return;
  const mid = (start + end) / 2 / PAGE_SIZE;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - mid) - Math.abs(a - mid));
  for (const p of byDistance.slice(0, pages.size - MAX_PAGES)) pages.delete(p);
}
