// The appeal letter draft the owner edits before export. It is built exactly as the bundle builds its
// own (same case facts, transactions and enclosure names), so an untouched draft equals the bagged letter.
import type { BundleInput } from '../../../shared/bundle/types';
import { uniqueFileNames } from '../../../shared/bundle/names';
import { buildAppealLetter } from '../../../shared/case/letter';

/** The enclosures as the bag will name them (see shared/bundle/bundle.ts). */
export function enclosureNames(input: Pick<BundleInput, 'attachments' | 'originals'>): string[] {
  const attachments = uniqueFileNames((input.attachments ?? []).map((a) => a.meta.name), 'attachment');
  const originals = uniqueFileNames(input.originals.map((o) => o.name), 'statement');
  return [
    'report.html',
    'transactions.csv',
    'findings.csv',
    'contact-log.csv',
    ...attachments.map((n) => `attachments/${n}`),
    ...originals.map((n) => `originals/${n}`),
  ];
}

export function draftLetter(input: Pick<BundleInput, 'case' | 'lang' | 'baggingDate' | 'transactions' | 'findings' | 'marks' | 'attachments' | 'originals'>): string {
  if (!input.case) return '';
  return buildAppealLetter({
    case: input.case,
    lang: input.lang,
    date: input.baggingDate,
    transactions: input.transactions,
    findings: input.findings,
    marks: input.marks ?? [],
    enclosures: enclosureNames(input),
    transactionsFile: 'transactions.csv',
  });
}
