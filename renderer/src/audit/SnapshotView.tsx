// A saved audit: its summary, what changed since the audit before it, and the report exports.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECURITY_ITEMS } from '../../../shared/audit/security-checklist';
import { compareSnapshots, type AuditSnapshot } from '../../../shared/audit/snapshot';
import type { Severity } from '../../../shared/model';
import type { Lang } from '../../../shared/rules/types';
import { useToast } from '../ui/ToastProvider';
import { canPrintPdf, saveHtmlReport, savePdfReport } from './exportReport';
import { auditReportHtml, reportFileName } from './report';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export function SnapshotComparison({ previous, current }: { previous: AuditSnapshot; current: AuditSnapshot }) {
  const { t, i18n } = useTranslation('audit');
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const cmp = compareSnapshots(previous, current);
  const itemText = (id: string): string => SECURITY_ITEMS.find((i) => i.id === id)?.text[lang] ?? id;
  const rows: [string, number, number, number][] = [
    [t('report.transactions'), previous.transactions, current.transactions, cmp.transactionsDelta],
    ...SEVERITIES.map((s): [string, number, number, number] => [t(`report.findings.${s}`), previous.findings[s], current.findings[s], cmp.findingsDelta[s]]),
    [t('report.unreviewed'), previous.unreviewedFindings, current.unreviewedFindings, cmp.unreviewedDelta],
  ];
  return (
    <section className="audit-compare" aria-labelledby="audit-compare-heading">
      <h3 id="audit-compare-heading">{t('compare.title', { date: previous.completedAt })}</h3>
      <table className="chart-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.what')}</th>
            <th scope="col">{t('compare.before', { date: previous.completedAt })}</th>
            <th scope="col">{t('compare.now', { date: current.completedAt })}</th>
            <th scope="col">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b, d]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{a}</td>
              <td className="num">{b}</td>
              <td className="num">{signed(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('compare.regressed')}</h4>
      {cmp.regressed.length ? <ul>{cmp.regressed.map((id) => <li key={id}>{itemText(id)}</li>)}</ul> : <p className="muted">{t('compare.none')}</p>}
      <h4>{t('compare.improved')}</h4>
      {cmp.improved.length ? <ul>{cmp.improved.map((id) => <li key={id}>{itemText(id)}</li>)}</ul> : <p className="muted">{t('compare.none')}</p>}
    </section>
  );
}

export function SnapshotView({ snapshot, previous }: { snapshot: AuditSnapshot; previous: AuditSnapshot | undefined }) {
  const { t, i18n } = useTranslation('audit');
  const toast = useToast();
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [busy, setBusy] = useState(false);
  const s = snapshot;
  const none = t('compare.none');
  const facts: [string, string, string | number][] = [
    ['transactions', t('report.transactions'), s.transactions],
    ...SEVERITIES.map((sev): [string, string, number] => [`findings-${sev}`, t(`report.findings.${sev}`), s.findings[sev]]),
    ['unreviewed', t('report.unreviewed'), s.unreviewedFindings],
    ['counterparties', t('steps.counterparties.title'), s.newCounterparties.join(', ') || none],
    ['methods', t('steps.methods.title'), s.newFundingMethods.join(', ') || none],
    ['recurring', t('steps.recurring.title'), s.recurringChanges.join(', ') || none],
    ['notes', t('steps.notes.title'), s.notes || t('report.noNotes')],
  ];

  const exportAs = async (kind: 'html' | 'pdf'): Promise<void> => {
    setBusy(true);
    try {
      const doc = auditReportHtml(s, previous, lang, i18n);
      const name = kind === 'html' ? await saveHtmlReport(doc, reportFileName(s, 'html')) : await savePdfReport(doc, reportFileName(s, 'pdf'));
      if (name) toast({ message: t('export.saved', { name }) });
    } catch (e) {
      toast({ message: t('export.failed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="audit-snapshot" aria-labelledby={`audit-${s.id}`}>
      <h2 id={`audit-${s.id}`}>{t('snapshot.title', { from: s.period.from, to: s.period.to })}</h2>
      <p className="muted">{t('report.completed', { date: s.completedAt })}</p>
      <dl className="audit-facts">
        {facts.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {previous ? <SnapshotComparison previous={previous} current={s} /> : <p className="muted">{t('compare.first')}</p>}
      <div className="audit-exports">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('html')}>
          {t('export.html')}
        </button>
        {canPrintPdf() && (
          <button type="button" className="button" disabled={busy} onClick={() => void exportAs('pdf')}>
            {t('export.pdf')}
          </button>
        )}
      </div>
    </article>
  );
}
