// One dated story of the case: the owner's case events, every support contact, and the transactions that
// were flagged by a rule or marked by the owner. Used by the report and the appeal letter.
import type { Transaction } from '../model';
import type { AppealCase, CaseEvent, ContactEntry, TransactionMark } from './types';

export type TimelineItem =
  | { kind: 'event'; at: string; event: CaseEvent }
  | { kind: 'contact'; at: string; contact: ContactEntry }
  | { kind: 'transaction'; at: string; transaction: Transaction; findingIds: string[]; mark?: TransactionMark };

export interface TimelineInput {
  case: Pick<AppealCase, 'events' | 'contacts' | 'restrictedOn' | 'noticeReference'>;
  transactions: readonly Transaction[];
  findings?: readonly { id: string; transactionIds: readonly string[] }[];
  marks?: readonly TransactionMark[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const KIND_ORDER = { transaction: 0, contact: 1, event: 2 } as const;

interface Keyed {
  item: TimelineItem;
  day: string;
  /** Epoch ms for timed items; Infinity puts date-only items after the timed ones of the same day. */
  ms: number;
  id: string;
}

function key(item: TimelineItem, id: string): Keyed {
  const at = item.at;
  if (DATE_ONLY.test(at)) return { item, day: at, ms: Infinity, id };
  const ms = Date.parse(at);
  // The calendar day as written (in the item's own offset), so that a China-time payment at 01:00 stays
  // on its Chinese date rather than moving to the previous UTC day.
  return { item, day: Number.isNaN(ms) ? '9999-12-31' : at.slice(0, 10), ms: Number.isNaN(ms) ? Infinity : ms, id };
}

function compare(a: Keyed, b: Keyed): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.ms !== b.ms) return a.ms === Infinity ? 1 : b.ms === Infinity ? -1 : a.ms - b.ms;
  const k = KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind];
  if (k) return k;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the merged, stably ordered timeline. */
export function buildTimeline(input: TimelineInput): TimelineItem[] {
  const keyed: Keyed[] = [];
  const events = [...input.case.events];
  if (input.case.restrictedOn && !events.some((e) => e.kind === 'restricted')) {
    events.push({ id: 'restricted', at: input.case.restrictedOn, kind: 'restricted', text: input.case.noticeReference ?? '' });
  }
  for (const event of events) keyed.push(key({ kind: 'event', at: event.at, event }, `e:${event.id}`));
  for (const contact of input.case.contacts) keyed.push(key({ kind: 'contact', at: contact.at, contact }, `c:${contact.id}`));

  const byTx = new Map<string, string[]>();
  for (const f of input.findings ?? []) {
    for (const id of f.transactionIds) {
      const list = byTx.get(id) ?? [];
      if (!list.includes(f.id)) list.push(f.id);
      byTx.set(id, list);
    }
  }
  const marks = new Map((input.marks ?? []).map((m) => [m.transactionId, m]));
  for (const t of input.transactions) {
    const findingIds = byTx.get(t.id) ?? [];
    const mark = marks.get(t.id);
    if (!findingIds.length && !mark) continue;
    keyed.push(key({ kind: 'transaction', at: t.occurredAt, transaction: t, findingIds, ...(mark ? { mark } : {}) }, `t:${t.id}`));
  }
  return keyed.sort(compare).map((k) => k.item);
}
