// The odd-hours rule's hour profiles, kept in `meta` beside the findings of the rules run that built them
// (a few KB). The Insights page marks the rule's unusual hours from them at once, instead of reading the
// whole history back and building the rules' history index a second time (over a second at a million
// rows). They count only for the store generation they were built from.
import type { HourProfile } from '../../../../shared/rules/hour-profile';
import type { HourProfiles } from '../../../../shared/rules/unusual-hours';
import type { WalletDb } from '../../db/database';
import type { MetaRow } from '../../db/rows';

const KEY = 'hourProfiles';

interface PlainProfile { smoothed: number[]; total: number; days: number }
interface Stored { generation: number; hours: PlainProfile; accounts: { accountId: string; hours: PlainProfile }[] }

const plain = (p: HourProfile): PlainProfile => ({ smoothed: Array.from(p.smoothed), total: p.total, days: p.days });
const typed = (p: PlainProfile): HourProfile => ({ smoothed: Float64Array.from(p.smoothed), total: p.total, days: p.days });

/** The meta row holding `profiles` for store `generation` (written in the transaction that stores the findings). */
export function hourProfilesRow(generation: number, profiles: HourProfiles): MetaRow {
  const stored: Stored = { generation, hours: plain(profiles.hours), accounts: profiles.accounts.map((a) => ({ accountId: a.accountId, hours: plain(a.hours) })) };
  return { key: KEY, value: JSON.stringify(stored) };
}

/** The stored profiles when they were built from store `generation`; otherwise (or unreadable) undefined. */
export async function readHourProfiles(db: WalletDb, generation: number): Promise<HourProfiles | undefined> {
  const row = await db.meta.get(KEY);
  if (typeof row?.value !== 'string') return undefined;
  try {
    const s = JSON.parse(row.value) as Stored;
    if (s.generation !== generation) return undefined;
    return { hours: typed(s.hours), accounts: s.accounts.map((a) => ({ accountId: a.accountId, hours: typed(a.hours) })) };
  } catch {
    return undefined;
  }
}
