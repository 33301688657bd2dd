// Robust statistics used by the history and the rules. Medians and MADs rather than means and standard
// deviations, because one stolen ¥20,000 must not move the yardstick it is measured with.

/** Median of an ascending-sorted array (0 when empty). */
export function sortedMedian(a: ArrayLike<number>, from = 0, to = a.length): number {
  const n = to - from;
  if (n <= 0) return 0;
  const mid = from + (n >> 1);
  return n % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

/** Linear-interpolated quantile q ∈ [0, 1] of an ascending-sorted array. */
export function sortedQuantile(a: ArrayLike<number>, q: number, from = 0, to = a.length): number {
  const n = to - from;
  if (n <= 0) return 0;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return a[from + lo]! + (a[from + hi]! - a[from + lo]!) * (pos - lo);
}

export interface Robust {
  median: number;
  /** Median absolute deviation (unscaled). */
  mad: number;
}

/** Sorts a[0..n) ascending: insertion sort for the many tiny groups, the native sort for the rest. */
function sortPrefix(a: Float64Array, n: number): void {
  if (n > 24) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

let devScratch = new Float64Array(64);

/**
 * Median and MAD of `values`. `scratch` (at least as long) receives the values sorted; read `sorted`
 * before the next call, which reuses it.
 */
export function robust(values: ArrayLike<number>, scratch: Float64Array, n = values.length): Robust & { sorted: Float64Array } {
  if (n <= 2) {
    // Most counterparties are paid once or twice.
    const a = n ? values[0]! : 0;
    const b = n === 2 ? values[1]! : a;
    scratch[0] = Math.min(a, b);
    scratch[1] = Math.max(a, b);
    return { median: (a + b) / 2, mad: Math.abs(a - b) / 2, sorted: scratch.subarray(0, n) };
  }
  for (let i = 0; i < n; i++) scratch[i] = values[i]!;
  sortPrefix(scratch, n);
  const median = sortedMedian(scratch, 0, n);
  if (devScratch.length < n) devScratch = new Float64Array(n);
  for (let i = 0; i < n; i++) devScratch[i] = Math.abs(scratch[i]! - median);
  sortPrefix(devScratch, n);
  return { median, mad: sortedMedian(devScratch, 0, n), sorted: scratch.subarray(0, n) };
}

/** The k-th smallest (0-based) of a[0..n), rearranging a so that a[0..k) ≤ a[k] ≤ a(k..n) (Hoare). */
function selectKth(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function selectMedian(a: Float64Array, n: number): number {
  const upper = selectKth(a, n, n >> 1);
  if (n % 2) return upper;
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/**
 * Median and MAD without sorting (linear-time selection): for the many counterparty groups whose order
 * statistics beyond the median are never needed. Same results as `robust`.
 */
export function medianMad(values: ArrayLike<number>, scratch: Float64Array, n = values.length): Robust {
  if (n <= 24) {
    const r = robust(values, scratch, n);
    return { median: r.median, mad: r.mad };
  }
  for (let i = 0; i < n; i++) scratch[i] = values[i]!;
  const median = selectMedian(scratch, n);
  if (devScratch.length < n) devScratch = new Float64Array(n);
  for (let i = 0; i < n; i++) devScratch[i] = Math.abs(scratch[i]! - median);
  return { median, mad: selectMedian(devScratch, n) };
}

/** Median of a small plain array (copied, not mutated). */
export function median(values: readonly number[]): number {
  return sortedMedian(Float64Array.from(values).sort());
}

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** 0 at or below `lo`, 1 at or above `hi`, linear between. */
export const ramp = (x: number, lo: number, hi: number): number => clamp01((x - lo) / (hi - lo));

/** 1 − Π(1 − s): evidence from independent sources, each in 0..1. */
export function noisyOr(scores: Iterable<number>): number {
  let keep = 1;
  for (const s of scores) keep *= 1 - clamp01(s);
  return 1 - keep;
}
