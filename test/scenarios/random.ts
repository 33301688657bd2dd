// Seeded randomness for scenario statements: the same seed gives the same statement on every machine.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  between(lo: number, hi: number): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Log-normal around `median` with spread `sigma` (natural log units). */
  logNormal(median: number, sigma: number): number;
  normal(mean: number, sd: number): number;
}

export function rng(seed: number): Rng {
  // mulberry32: tiny, fast, and good enough for test data.
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number): number => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    normal,
  };
}
