// Sort orders over the whole index, computed once per index build and cached: a query then only walks a
// precomputed order and tests its filters, which is linear and fast even for a million rows.
import type { SortKey } from '../api';
import type { ColumnarIndex } from './columnar';

/**
 * Row numbers ordered by integer `ranks` (ties by row number). Rank and row are packed into one double
 * and sorted with the native numeric sort, several times faster than a comparator sort.
 */
export function orderByRank(ranks: ArrayLike<number>, n: number): Uint32Array {
  let m = 1;
  while (m < n) m *= 2;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ranks[i]! * m + i;
  packed.sort();
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const v = packed[k]!;
    out[k] = v - Math.floor(v / m) * m;
  }
  return out;
}

/** Dense ranks (0..u-1) of numeric values. */
export function ranksOf(values: Float64Array): Uint32Array {
  const unique = Float64Array.from(values).sort();
  let u = 0;
  for (let i = 0; i < unique.length; i++) if (i === 0 || unique[i] !== unique[u - 1]) unique[u++] = unique[i]!;
  const ranks = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (unique[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return ranks;
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

export function computeOrder(ix: ColumnarIndex, key: SortKey): Uint32Array {
  if (key === 'occurredAt') return orderByRank(ranksOf(ix.time), ix.n);
  if (key === 'amountMinor') return orderByRank(ranksOf(ix.amount), ix.n);
  const byName = ix.counterparties.map((_, i) => i).sort((a, b) => collator.compare(ix.counterparties[a]!, ix.counterparties[b]!));
  const rankOfCode = new Uint32Array(ix.counterparties.length);
  byName.forEach((code, rank) => (rankOfCode[code] = rank));
  const ranks = new Uint32Array(ix.n);
  for (let i = 0; i < ix.n; i++) ranks[i] = rankOfCode[ix.counterparty[i]!]!;
  return orderByRank(ranks, ix.n);
}
