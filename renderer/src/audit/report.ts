// A saved self-audit as one self-contained HTML document (styles inline, no scripts, no external
// resources, a CSP that forbids loading anything), printable and the source of the desktop app's PDF.
// Every value is escaped by shared/bundle's `html` template, so a payee named `<script>` stays text.
import type { i18n as I18n } from 'i18next';
import { itemStatus, SECURITY_ITEMS } from '../../../shared/audit/security-checklist';
import { compareSnapshots, type AuditSnapshot } from '../../../shared/audit/snapshot';
import { html, Markup } from '../../../shared/bundle/html';
import type { Severity } from '../../../shared/model';
import type { Lang } from '../../../shared/rules/types';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#1b1f24;margin:2rem;max-width:48rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #c9ced6}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #e1e4e8;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#5a6270}.failing,.stale,.never{font-weight:600}
.failing{color:#b3261e}.notes{white-space:pre-wrap;border:1px solid #c9ced6;padding:.5rem;border-radius:4px}
@media print{body{margin:0}}`;
/** Our own constant CSS: markup, not text (inside <style> an escaped quote would stay an entity). */
const STYLE_MARKUP = new Markup(STYLE);

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

function list(items: readonly string[], none: string): Markup {
  return items.length ? html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p class="muted">${none}</p>`;
}

export function auditReportHtml(snapshot: AuditSnapshot, previous: AuditSnapshot | undefined, lang: Lang, i18n: I18n): string {
  const t = i18n.getFixedT(lang, 'audit');
  const s = snapshot;
  const checklist = new Map(s.checklist.map((c) => [c.id, c]));
  const cmp = previous ? compareSnapshots(previous, s) : undefined;
  const itemText = (id: string): string => SECURITY_ITEMS.find((i) => i.id === id)?.text[lang] ?? id;
  const doc = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t('report.title', { from: s.period.from, to: s.period.to })}</title>
<style>${STYLE_MARKUP}</style>
</head>
<body>
<h1>${t('report.title', { from: s.period.from, to: s.period.to })}</h1>
<p class="muted">${t('report.completed', { date: s.completedAt })}</p>
<h2>${t('report.summary')}</h2>
<table>
<tr><th scope="row">${t('report.transactions')}</th><td class="num">${s.transactions}</td></tr>
${SEVERITIES.map((sev) => html`<tr><th scope="row">${t(`report.findings.${sev}`)}</th><td class="num">${s.findings[sev]}</td></tr>`)}
<tr><th scope="row">${t('report.unreviewed')}</th><td class="num">${s.unreviewedFindings}</td></tr>
</table>
<h2>${t('steps.counterparties.title')}</h2>
${list(s.newCounterparties, t('steps.counterparties.none'))}
<h2>${t('steps.methods.title')}</h2>
${list(s.newFundingMethods, t('steps.methods.none'))}
<h2>${t('steps.recurring.title')}</h2>
${list(s.recurringChanges, t('steps.recurring.none'))}
<h2>${t('steps.checklist.title')}</h2>
<table>
<thead><tr><th scope="col">${t('checklist.item')}</th><th scope="col">${t('checklist.status')}</th><th scope="col">${t('checklist.confirmed')}</th></tr></thead>
<tbody>
${SECURITY_ITEMS.map((def) => {
  const state = checklist.get(def.id);
  const status = itemStatus(def, state, s.completedAt);
  return html`<tr><td>${def.text[lang]}</td><td class="${status}">${t(`checklist.statuses.${status}`)}</td><td>${state?.confirmedAt ?? '—'}</td></tr>`;
})}
</tbody>
</table>
<h2>${t('steps.notes.title')}</h2>
${s.notes.trim() ? html`<div class="notes">${s.notes}</div>` : html`<p class="muted">${t('report.noNotes')}</p>`}
${cmp && previous
  ? html`<h2>${t('compare.title', { date: previous.completedAt })}</h2>
<table>
<tr><th scope="row">${t('report.transactions')}</th><td class="num">${signed(cmp.transactionsDelta)}</td></tr>
${SEVERITIES.map((sev) => html`<tr><th scope="row">${t(`report.findings.${sev}`)}</th><td class="num">${signed(cmp.findingsDelta[sev])}</td></tr>`)}
<tr><th scope="row">${t('report.unreviewed')}</th><td class="num">${signed(cmp.unreviewedDelta)}</td></tr>
</table>
<h3>${t('compare.regressed')}</h3>
${list(cmp.regressed.map(itemText), t('compare.none'))}
<h3>${t('compare.improved')}</h3>
${list(cmp.improved.map(itemText), t('compare.none'))}`
  : ''}
<p class="muted">${t('report.footer')}</p>
</body>
</html>
`;
  return doc.html;
}

export function reportFileName(s: AuditSnapshot, ext: 'html' | 'pdf'): string {
  return `wallet-auditor-self-audit-${s.period.from}-to-${s.period.to}.${ext}`;
}
