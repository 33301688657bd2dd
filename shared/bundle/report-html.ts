// report.html: one self-contained, printable page (inline CSS, no script, its own CSP) that a support
// agent can open anywhere. Every value goes through `html`, which escapes it.
import { contactWarnings } from '../case/contact-log';
import { CHANNEL_LABELS, EVENT_LABELS, formatAmount, formatWhen, REASON_LABELS, SOURCE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../case/labels';
import { platformInfo } from '../case/platforms';
import { buildTimeline } from '../case/timeline';
import type { AppealCase, TransactionMark } from '../case/types';
import type { Transaction } from '../model';
import type { Lang } from '../rules/types';
import { maskAccount } from './csv-writer';
import { html, Markup } from './html';
import { summariseMoney } from './money-summary';
import { REPORT_TEXT, type ReportText } from './report-text';
import type { BundleFinding, InventoryEntry } from './types';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface ReportInput {
  lang: Lang;
  /** YYYY-MM-DD, the bagging date. */
  date: string;
  case?: AppealCase;
  transactions: readonly Transaction[];
  findings: readonly BundleFinding[];
  marks: readonly TransactionMark[];
  inventory: readonly InventoryEntry[];
  mask: boolean;
}

const STYLE = `
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#111;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.notice{white-space:pre-wrap;border-left:3px solid #999;padding-left:.6rem}.mono{font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}
.sev-high{color:#a00;font-weight:bold}.sev-medium{color:#a60}.warn{color:#a00}.muted{color:#555}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

function caseSection(c: AppealCase | undefined, t: ReportText, lang: Lang): Markup {
  if (!c) return html`<section id="case"><h2>${t.caseHeading}</h2><p>${t.noCase}</p></section>`;
  const row = (label: string, value: unknown): Markup => (value === undefined || value === '' ? html`` : html`<tr><th>${label}</th><td>${value}</td></tr>`);
  const done = c.checklist.filter((i) => i.done).length;
  return html`<section id="case"><h2>${t.caseHeading}</h2><table>
${row(t.platform, platformInfo(c.platform).name[lang])}
${row(t.account, c.account)}
${row(t.holder, c.holderName)}
${row(t.status, STATUS_LABELS[c.status][lang])}
${row(t.reason, REASON_LABELS[c.reason][lang])}
${row(t.restrictedOn, c.restrictedOn && formatWhen(c.restrictedOn, lang))}
${row(t.noticeReference, c.noticeReference)}
${row(t.asks, c.asks.map((a) => t.asksText[a]).join('; '))}
${row(t.balanceAtNotice, c.balanceAtNotice && formatAmount(c.balanceAtNotice.amountMinor, c.balanceAtNotice.currency, lang))}
${row(t.checklist, t.checklistProgress(done, c.checklist.length))}
</table>
${c.noticeText.trim() ? html`<h3>${t.notice}</h3><div class="notice">${c.noticeText}</div>` : ''}
</section>`;
}

function moneySection(transactions: readonly Transaction[], t: ReportText, lang: Lang): Markup {
  const rows = summariseMoney(transactions).map((s) => {
    const m = (minor: number): string => formatAmount(minor, s.currency, lang);
    return html`<tr><td>${s.currency}</td><td>${formatWhen(s.from, lang)} – ${formatWhen(s.to, lang)}</td><td class="num">${s.count}</td>
<td class="num">${m(s.inMinor)}</td><td class="num">${m(s.outMinor)}</td><td class="num">${m(s.netMinor)}</td>
<td class="num">${s.lastBalance ? html`${m(s.lastBalance.minor)}<br><span class="muted">${formatWhen(s.lastBalance.at, lang)}</span>` : '—'}</td></tr>`;
  });
  return html`<section id="money"><h2>${t.moneyHeading}</h2><table><thead><tr><th>${t.currency}</th><th>${t.period}</th><th>${t.counted}</th>
<th>${t.moneyIn}</th><th>${t.moneyOut}</th><th>${t.net}</th><th>${t.lastBalance}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="muted">${t.excludedNote}</p></section>`;
}

function disputedSection(input: ReportInput, t: ReportText): Markup {
  const { lang } = input;
  const marks = new Map(input.marks.map((m) => [m.transactionId, m]));
  const reasons = new Map<string, BundleFinding[]>();
  for (const f of input.findings) for (const id of f.transactionIds) reasons.set(id, [...(reasons.get(id) ?? []), f]);
  const list = input.transactions
    .filter((x) => reasons.has(x.id) || marks.has(x.id))
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : 1));
  if (!list.length) return html`<section id="disputed"><h2>${t.disputedHeading}</h2><p>${t.noDisputed}</p></section>`;
  const rows = list.map((x) => {
    const mark = marks.get(x.id);
    const account = x.counterpartyAccount ? (input.mask ? maskAccount(x.counterpartyAccount) : x.counterpartyAccount) : '';
    return html`<tr><td>${formatWhen(x.occurredAt, lang)}</td><td class="num">${formatAmount(x.amountMinor, x.currency, lang)}</td>
<td>${x.counterparty}${account ? html`<br><span class="mono">${account}</span>` : ''}</td><td class="mono">${x.externalId ?? ''}</td>
<td>${(reasons.get(x.id) ?? []).map((f) => html`<div class="sev-${f.severity}">${t.severity[f.severity]}: ${f.message}</div>`)}</td>
<td>${mark ? html`<strong>${VERDICT_LABELS[mark.verdict][lang]}</strong>${mark.note ? html`<br>${mark.note}` : ''}` : ''}</td></tr>`;
  });
  return html`<section id="disputed"><h2>${t.disputedHeading}</h2><table><thead><tr><th>${t.when}</th><th>${t.amount}</th><th>${t.counterparty}</th>
<th>${t.transactionNo}</th><th>${t.reasons}</th><th>${t.ownerNote}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function findingsSection(findings: readonly BundleFinding[], t: ReportText): Markup {
  if (!findings.length) return html``;
  const order = { high: 0, medium: 1, low: 2 } as const;
  const items = [...findings]
    .sort((a, b) => order[a.severity] - order[b.severity] || b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((f) => html`<li><span class="sev-${f.severity}">${t.severity[f.severity]}</span> — ${f.message} <span class="muted">(${f.rule}, ${f.transactionIds.length})</span></li>`);
  return html`<section id="findings"><h2>${t.findingsHeading}</h2><ul>${items}</ul></section>`;
}

function timelineSection(input: ReportInput, t: ReportText): Markup {
  if (!input.case) return html``;
  const { lang } = input;
  const items = buildTimeline({ case: input.case, transactions: input.transactions, findings: input.findings, marks: input.marks }).map((item) => {
    const when = formatWhen(item.at, lang);
    if (item.kind === 'event') return html`<li><strong>${when}</strong> — ${EVENT_LABELS[item.event.kind][lang]}${item.event.text ? html`: ${item.event.text}` : ''}</li>`;
    if (item.kind === 'contact') {
      const c = item.contact;
      return html`<li><strong>${when}</strong> — ${t.contactedBy(CHANNEL_LABELS[c.channel][lang])}${c.ticket ? html` (${t.ticket} ${c.ticket})` : ''}${c.answered ? html`: ${c.answered}` : ''}</li>`;
    }
    const x = item.transaction;
    return html`<li><strong>${when}</strong> — ${formatAmount(x.amountMinor, x.currency, lang)}, ${x.counterparty}${item.mark ? html` (${VERDICT_LABELS[item.mark.verdict][lang]})` : ''}</li>`;
  });
  return html`<section id="timeline"><h2>${t.timelineHeading}</h2><ol>${items}</ol></section>`;
}

function contactsSection(c: AppealCase | undefined, t: ReportText, lang: Lang): Markup {
  if (!c || !c.contacts.length) return html``;
  const rows = [...c.contacts]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => {
      const warnings = contactWarnings(e, c.platform).map((w) => t.contactWarnings[w] ?? w);
      return html`<tr><td>${formatWhen(e.at, lang)}</td><td>${CHANNEL_LABELS[e.channel][lang]}${e.channelDetail ? html`<br>${e.channelDetail}` : ''}</td>
<td>${e.officialConfirmed ? t.yes : t.no}</td><td>${e.ticket ?? ''}</td><td>${e.agent ?? ''}</td><td>${e.asked}</td><td>${e.answered}</td>
<td>${e.promisedNextStep ?? ''}${e.followUpOn ? html`<br>${t.followUp}: ${formatWhen(e.followUpOn, lang)}` : ''}</td>
<td class="warn">${warnings.join('; ')}</td></tr>`;
    });
  return html`<section id="contacts"><h2>${t.contactsHeading}</h2><table><thead><tr><th>${t.when}</th><th>${t.channel}</th><th>${t.official}</th>
<th>${t.ticket}</th><th>${t.agent}</th><th>${t.asked}</th><th>${t.answered}</th><th>${t.nextStep}</th><th>${t.warningsLabel}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

function checklistSection(c: AppealCase | undefined, t: ReportText, lang: Lang): Markup {
  if (!c || !c.checklist.length) return html``;
  const items = c.checklist.map((i) => html`<li>[${i.done ? '✓' : ' '}] ${i.text[lang]} <span class="muted">(${i.done ? t.done : t.notDone}; ${SOURCE_LABELS[i.source][lang]})</span></li>`);
  return html`<section id="checklist"><h2>${t.checklist}</h2><ul>${items}</ul></section>`;
}

function filesSection(inventory: readonly InventoryEntry[], t: ReportText): Markup {
  const rows = inventory.map((f) => html`<tr><td class="mono">${f.path}</td><td class="num">${f.size}</td><td class="mono">${f.sha256}</td></tr>`);
  return html`<section id="files"><h2>${t.filesHeading}</h2><table><thead><tr><th>${t.file}</th><th>${t.size}</th><th>SHA-256</th></tr></thead>
<tbody>${rows}</tbody></table><p class="muted">${t.filesNote}</p><p class="muted">${t.csvNote}</p></section>`;
}

export function buildReportHtml(input: ReportInput): string {
  const t = REPORT_TEXT[input.lang];
  const c = input.case;
  const title = c ? `${t.title} — ${platformInfo(c.platform).name[input.lang]} ${c.account}` : t.title;
  return `<!DOCTYPE html>\n${html`<html lang="${input.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${new Markup(STYLE)}</style></head>
<body><header><h1>${title}</h1><p>${t.intro(formatWhen(input.date, input.lang))}</p></header>
${caseSection(c, t, input.lang)}
${moneySection(input.transactions, t, input.lang)}
${disputedSection(input, t)}
${findingsSection(input.findings, t)}
${timelineSection(input, t)}
${contactsSection(c, t, input.lang)}
${checklistSection(c, t, input.lang)}
${filesSection(input.inventory, t)}
</body></html>`.html}\n`;
}
