// Which date ranges the imports cover for each account, and the gaps between exports, so the user knows
// which statements are still missing before building evidence.
import type { Transaction } from '../model';
import { dayOf } from './counted';

export interface CoverageRange {
  from: string;
  to: string;
  fileSha256s: string[];
}
export interface AccountCoverage {
  accountId: string;
  ranges: CoverageRange[];
  gaps: { from: string; to: string; days: number }[];
}

const DAY = 86_400_000;
const toMs = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Each file covers the days from its first to its last transaction; overlapping or adjacent files merge.
 * A gap is a stretch of at least `minGapDays` days between covered ranges.
 */
export function coverage(txs: Iterable<Transaction>, minGapDays = 2): AccountCoverage[] {
  const files = new Map<string, Map<string, { from: string; to: string }>>();
  for (const t of txs) {
    let perFile = files.get(t.accountId);
    if (!perFile) files.set(t.accountId, (perFile = new Map()));
    const d = dayOf(t.occurredAt);
    const r = perFile.get(t.source.fileSha256);
    if (!r) perFile.set(t.source.fileSha256, { from: d, to: d });
    else {
      if (d < r.from) r.from = d;
      if (d > r.to) r.to = d;
    }
  }
  const out: AccountCoverage[] = [];
  for (const [accountId, perFile] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const spans = [...perFile].map(([sha, r]) => ({ ...r, sha })).sort((a, b) => a.from.localeCompare(b.from));
    const ranges: CoverageRange[] = [];
    for (const s of spans) {
      const cur = ranges.at(-1);
      if (cur && toMs(s.from) <= toMs(cur.to) + DAY) {
        if (s.to > cur.to) cur.to = s.to;
        cur.fileSha256s.push(s.sha);
      } else ranges.push({ from: s.from, to: s.to, fileSha256s: [s.sha] });
    }
    const gaps = [];
    for (let i = 1; i < ranges.length; i++) {
      const days = (toMs(ranges[i]!.from) - toMs(ranges[i - 1]!.to)) / DAY - 1;
      if (days >= minGapDays) gaps.push({ from: fromMs(toMs(ranges[i - 1]!.to) + DAY), to: fromMs(toMs(ranges[i]!.from) - DAY), days });
    }
    out.push({ accountId, ranges, gaps });
  }
  return out;
}
