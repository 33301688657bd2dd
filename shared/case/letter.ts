// The appeal letter draft, built only from the case facts: the owner edits it before sending. Plain text
// (it goes into the bundle as appeal-letter.txt and into an email or a web form).
import type { Transaction } from '../model';
import type { Lang } from '../rules/types';
import { CHANNEL_LABELS, EVENT_LABELS, formatAmount, formatWhen } from './labels';
import { LETTER_PHRASES, type LetterPhrases } from './letter-text';
import { platformInfo } from './platforms';
import { buildTimeline } from './timeline';
import type { AppealCase, CaseAsk, TransactionMark } from './types';

export interface LetterInput {
  case: AppealCase;
  lang: Lang;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  transactions?: readonly Transaction[];
  findings?: readonly { id: string; transactionIds: readonly string[] }[];
  marks?: readonly TransactionMark[];
  /** Names of the enclosed files, in the order they should be numbered. */
  enclosures?: readonly string[];
  /** Business days asked for a reply (APPEALS.md §8 suggests 10–15). */
  replyDays?: number;
  /** Transactions listed in the letter itself; the rest are referred to the enclosed CSV. */
  maxTransactions?: number;
  /** Name of the enclosed transaction list, for "and N more". */
  transactionsFile?: string;
}

const NOTICE_QUOTE_MAX = 600;

function defaultAsks(c: AppealCase): CaseAsk[] {
  if (c.asks.length) return c.asks;
  if (c.reason === 'permanent-closure') return ['release-funds', 'written-reason'];
  if (c.reason === 'legal-freeze') return [];
  return ['reopen'];
}

function transactionLines(input: LetterInput, p: LetterPhrases): string[] {
  const c = input.case;
  const marks = new Map((input.marks ?? []).map((m) => [m.transactionId, m]));
  const flagged = new Set((input.findings ?? []).flatMap((f) => f.transactionIds));
  const all = [...(input.transactions ?? [])].filter((t) => flagged.has(t.id) || marks.has(t.id));
  const notMine = all.filter((t) => marks.get(t.id)?.verdict === 'not-mine');
  const useNotMine = c.reason === 'security-takeover' && notMine.length > 0;
  const list = (useNotMine ? notMine : all).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  if (!list.length) return [];
  const max = input.maxTransactions ?? 20;
  const lines = [useNotMine ? p.notMineIntro : p.explainedIntro];
  for (const t of list.slice(0, max)) {
    lines.push(
      p.txLine(
        formatWhen(t.occurredAt, input.lang),
        formatAmount(t.amountMinor, t.currency, input.lang),
        t.counterparty.trim() || p.unknownCounterparty,
        t.externalId ?? '',
        oneLine(marks.get(t.id)?.note ?? ''),
      ),
    );
  }
  if (list.length > max) lines.push(p.txMore(list.length - max, input.transactionsFile ?? 'transactions.csv'));
  return lines;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Builds the letter draft. Lines end with `\n`; the text never contains anything the case does not state. */
export function buildAppealLetter(input: LetterInput): string {
  const { lang } = input;
  const c = input.case;
  const p = LETTER_PHRASES[lang];
  const platform = platformInfo(c.platform).name[lang];
  const out: string[] = [];
  const sections: [string, string[]][] = [];

  out.push(p.subject(p.happened[c.reason], c.account, c.noticeReference), formatWhen(input.date, lang), '', p.greeting(platform), '');

  sections.push([p.headings.who, [p.who(c.holderName?.trim() || p.placeholderName, c.account, c.contact)]]);

  const what = [p.what(c.restrictedOn ? formatWhen(c.restrictedOn, lang) : p.placeholderDate, p.happened[c.reason], c.noticeReference)];
  const notice = c.noticeText.trim();
  if (notice) {
    const quoted = notice.length > NOTICE_QUOTE_MAX ? `${notice.slice(0, NOTICE_QUOTE_MAX)}…` : notice;
    what.push(p.noticeQuote, ...quoted.split(/\r?\n/).map((l) => `> ${l}`));
  }
  what.push('', p.reasonParagraph[c.reason]);
  sections.push([p.headings.what, what]);

  const timeline = buildTimeline({ case: c, transactions: [] }).map((item, i) => {
    const when = formatWhen(item.at, lang);
    if (item.kind === 'contact') {
      const e = item.contact;
      const text = p.contactLine(CHANNEL_LABELS[e.channel][lang], e.channelDetail ?? '', e.ticket ?? '', e.agent ?? '', oneLine(e.asked), oneLine(e.answered));
      return `${i + 1}. ${when}${p.colon}${text}`;
    }
    if (item.kind === 'event') {
      const text = oneLine(item.event.text);
      return `${i + 1}. ${when}${p.colon}${EVENT_LABELS[item.event.kind][lang]}${text ? ` — ${text}` : ''}`;
    }
    return '';
  });
  if (timeline.length) sections.push([p.headings.timeline, timeline]);

  const tx = transactionLines(input, p);
  if (tx.length) sections.push([p.headings.transactions, tx]);

  const done = c.checklist.filter((i) => i.done).map((i) => `- ${i.text[lang]}`);
  sections.push([p.headings.done, done.length ? done : [p.nothingDone]]);

  const balance = c.balanceAtNotice ? formatAmount(c.balanceAtNotice.amountMinor, c.balanceAtNotice.currency, lang) : '';
  const asks = defaultAsks(c).map((a) => p.asks[a](balance, c.refundAccount?.trim() || p.placeholderAccount));
  if (c.reason === 'legal-freeze') asks.push(p.authorityAsk);
  sections.push([p.headings.ask, asks]);

  const escalation = platformInfo(c.platform).escalation[0]?.label[lang];
  sections.push([p.headings.reply, [p.reply(input.replyDays ?? 15, escalation)]]);

  const enclosures = input.enclosures ?? [];
  if (enclosures.length) sections.push([p.headings.enclosures, [...enclosures.map((e, i) => `${i + 1}. ${e}`), p.enclosureNote]]);

  sections.forEach(([title, lines], i) => out.push(`${p.number(i + 1)}${title}`, ...lines, ''));
  out.push(p.closing, c.holderName?.trim() || p.placeholderName, '');
  return out.join('\n');
}
