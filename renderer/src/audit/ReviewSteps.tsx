// The review steps of a self-audit: what is new or changed in the period, each as a plain table with an
// empty state that says there was nothing to look at.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReview } from '../../../shared/audit/review';
import type { Lang } from '../../../shared/rules/types';
import { hrefFor } from '../app/routes';
import { findingMessage, findingTitle } from '../findings/text';
import { money } from '../insights/format';
import type { UnreviewedFinding } from '../insights/insights-types';

function Table({ caption, head, rows, none }: { caption: string; head: string[]; rows: ReactNode[][]; none: string }) {
  if (!rows.length) return <p className="audit-none">{none}</p>;
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, k) => (k === 0 ? <th key={k} scope="row">{c}</th> : <td key={k}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CounterpartiesStep({ review }: { review: AuditReview }) {
  const { t, i18n } = useTranslation('audit');
  const l = i18n.language;
  return (
    <Table
      caption={t('steps.counterparties.title')}
      head={[t('table.counterparty'), t('table.firstSeen'), t('table.paid'), t('table.received'), t('table.count')]}
      rows={review.newCounterparties.map((c) => [c.counterparty, c.firstSeen, money(c.outMinor, c.currency, l), money(c.inMinor, c.currency, l), c.count])}
      none={t('steps.counterparties.none')}
    />
  );
}

export function MethodsStep({ review }: { review: AuditReview }) {
  const { t } = useTranslation('audit');
  return (
    <Table
      caption={t('steps.methods.title')}
      head={[t('table.method'), t('table.firstSeen'), t('table.count')]}
      rows={review.newFundingMethods.map((m) => [m.method, m.firstSeen, m.count])}
      none={t('steps.methods.none')}
    />
  );
}

export function RecurringStep({ review }: { review: AuditReview }) {
  const { t, i18n } = useTranslation('audit');
  const l = i18n.language;
  return (
    <Table
      caption={t('steps.recurring.title')}
      head={[t('table.counterparty'), t('table.change'), t('table.every'), t('table.before'), t('table.now')]}
      rows={review.recurring.map((r) => [
        r.counterparty,
        t(`steps.recurring.kind.${r.kind}`),
        t('steps.recurring.days', { count: r.cadenceDays }),
        r.beforeMinor === undefined ? '—' : money(r.beforeMinor, r.currency, l),
        money(r.nowMinor, r.currency, l),
      ])}
      none={t('steps.recurring.none')}
    />
  );
}

export function FindingsStep({ unreviewed }: { unreviewed: UnreviewedFinding[] }) {
  const { t, i18n } = useTranslation('audit');
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <>
      {unreviewed.length === 0 ? (
        <p className="audit-none">{t('steps.findings.none')}</p>
      ) : (
        <ul className="audit-findings">
          {unreviewed.map(({ finding: f, firstAt }) => (
            <li key={f.id}>
              <span className={`badge badge-${f.severity}`}>{t(`severity.${f.severity}`)}</span> <strong>{findingTitle(f, lang)}</strong>
              {firstAt && <span className="muted"> · {firstAt.slice(0, 10)}</span>}
              <br />
              {findingMessage(f, lang)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={hrefFor('findings')}>{t('steps.findings.open')}</a>
      </p>
    </>
  );
}

export function BalanceStep({ review }: { review: AuditReview }) {
  const { t, i18n } = useTranslation('audit');
  const l = i18n.language;
  return (
    <Table
      caption={t('steps.balance.title')}
      head={[t('table.account'), t('table.start'), t('table.end'), t('table.net')]}
      rows={review.balances.map((b) => [
        b.key,
        b.startMinor === undefined ? t('steps.balance.noColumn') : money(b.startMinor, b.currency, l),
        b.endMinor === undefined ? '—' : money(b.endMinor, b.currency, l),
        money(b.netMinor, b.currency, l),
      ])}
      none={t('steps.balance.none')}
    />
  );
}
