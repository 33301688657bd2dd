// The user's own hours. Half-hour bins around a circle (23:30 and 00:00 are neighbours), each counting the
// days on which the user paid in that half hour, so one busy night counts once and cannot make itself
// look normal. Smoothed with a circular Gaussian so that 01:00 borrows from 23:00–00:30.

export const BINS = 48;
const SIGMA_BINS = 1.5;
const REACH = 6;

const KERNEL: number[] = (() => {
  const w: number[] = [];
  let sum = 0;
  for (let d = -REACH; d <= REACH; d++) {
    const v = Math.exp(-(d * d) / (2 * SIGMA_BINS * SIGMA_BINS));
    w.push(v);
    sum += v;
  }
  return w.map((v) => v / sum);
})();

export const binOfMinute = (minute: number): number => Math.floor(minute / 30) % BINS;

/** Weight that a day active in bin `k` lends to bin `b`. */
export function kernel(b: number, k: number): number {
  let d = Math.abs(b - k) % BINS;
  if (d > BINS / 2) d = BINS - d;
  return d <= REACH ? KERNEL[d + REACH]! : 0;
}

export interface HourProfile {
  /** Day-bin counts, smoothed. Sums to `total`. */
  smoothed: Float64Array;
  /** Number of (day, bin) pairs counted. */
  total: number;
  /** Distinct days with at least one payment. */
  days: number;
}

/** Builds a profile from (day, minute) pairs given in time order. */
export function buildHourProfile(days: ArrayLike<number>, minutes: ArrayLike<number>, idx: ArrayLike<number>): HourProfile {
  const raw = new Float64Array(BINS);
  // The last day that counted each bin: a day counts once per bin.
  const stamp = new Float64Array(BINS).fill(Number.NaN);
  let lastDay = Number.NaN;
  let total = 0;
  let dayCount = 0;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j]!;
    const d = days[i]!;
    if (d !== lastDay) {
      lastDay = d;
      dayCount++;
    }
    const b = binOfMinute(minutes[i]!);
    if (stamp[b] !== d) {
      stamp[b] = d;
      raw[b]! += 1;
      total++;
    }
  }
  const smoothed = new Float64Array(BINS);
  for (let b = 0; b < BINS; b++) {
    if (!raw[b]) continue;
    for (let d = -REACH; d <= REACH; d++) smoothed[(b + d + BINS) % BINS]! += raw[b]! * KERNEL[d + REACH]!;
  }
  return { smoothed, total, days: dayCount };
}

/**
 * How usual bin `b` is for the user relative to an even spread (1 = average, 0 = never), leaving out the
 * bins `ownBins` of the day being judged.
 */
export function relativeDensity(p: HourProfile, b: number, ownBins: readonly number[]): number {
  const total = p.total - ownBins.length;
  if (total <= 0) return 1;
  return daysNear(p, b, ownBins) / (total / BINS);
}

/** The largest weight one day can lend a bin: leaving a day out lowers a bin by at most this per own bin. */
export const KERNEL_PEAK = KERNEL[REACH]!;

/** A lower bound of relativeDensity without the leave-one-out work: enough to dismiss usual hours fast. */
export function relativeDensityAtLeast(p: HourProfile, b: number, ownCount: number): number {
  if (p.total - ownCount <= 0) return 1;
  return Math.max(0, p.smoothed[b]! - ownCount * KERNEL_PEAK) / (p.total / BINS);
}

/** About how many days (kernel-weighted) the user paid near bin `b`, leaving out `ownBins`' day. */
export function daysNear(p: HourProfile, b: number, ownBins: readonly number[]): number {
  let v = p.smoothed[b]!;
  for (const k of ownBins) v -= kernel(b, k);
  return Math.max(0, v);
}
