// The first rows as they will be stored, and every per-row problem with its line number, so the user can
// compare with the file before importing.
import { useTranslation } from 'react-i18next';
import type { RowIssue, Transaction } from '../../../shared/model';
import { Money } from '../ui/Money';
import { shortTime } from './format';
import { issueDetail } from './issue-detail';

export function SampleTable({ rows }: { rows: readonly Transaction[] }) {
  const { t } = useTranslation('import');
  if (!rows.length) return null;
  return (
    <table className="import-table">
      <caption>{t('sample.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sample.line')}</th>
          <th scope="col">{t('sample.date')}</th>
          <th scope="col">{t('sample.counterparty')}</th>
          <th scope="col">{t('sample.description')}</th>
          <th scope="col" className="num">{t('sample.amount')}</th>
          <th scope="col">{t('sample.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((tx) => (
          <tr key={tx.id}>
            <td className="num">{tx.source.line}</td>
            <td>{shortTime(tx)}</td>
            <td>{tx.counterparty}</td>
            <td>{tx.description}</td>
            <td className="num">
              <Money minor={tx.amountMinor} currency={tx.currency} />
            </td>
            <td>{t(`status.${tx.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IssueTable({ issues, total }: { issues: readonly RowIssue[]; total: number }) {
  const { t, i18n } = useTranslation('import');
  if (!issues.length) return null;
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <table className="import-table import-issues">
      <caption>{t('issues.heading', { n: nf.format(total) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('issues.line')}</th>
          <th scope="col">{t('issues.code')}</th>
          <th scope="col">{t('issues.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={`${issue.line}-${i}`}>
            <td className="num">{issue.line || t('issues.wholeFile')}</td>
            <td>{t(`issueCodes.${issue.code}`, { defaultValue: issue.code })}</td>
            <td>{issueDetail(issue, i18n)}</td>
          </tr>
        ))}
        {total > issues.length && (
          <tr>
            <td colSpan={3}>{t('issues.more', { n: nf.format(total - issues.length) })}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
