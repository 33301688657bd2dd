// One finding: what the rule saw, in plain words, the transactions it is about, and the two answers a user
// can give: per-transaction review marks, and "this is normal for me" for the payee.
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/model';
import type { Finding, Lang } from '../../../shared/rules/types';
import { useDataApi, useDataVersion } from '../app/DataApiContext';
import { hrefFor } from '../app/routes';
import { useLoad } from '../ui/useLoad';
import { FindingTransactions, SHOWN } from './FindingTransactions';
import { findingMessage, findingTitle } from './text';
import type { Marks } from './useMarks';

interface Props {
  finding: Finding;
  marks: Marks;
  busy: boolean;
  onNormal(txs: Transaction[]): void;
}

export function FindingCard({ finding, marks, busy, onNormal }: Props) {
  const { t, i18n } = useTranslation('findings');
  const api = useDataApi();
  const version = useDataVersion();
  const lang = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies Lang;
  const ids = finding.transactionIds.slice(0, SHOWN);
  const txs = useLoad(() => api.getTransactions(ids), [api, version, ids.join('\n')]);
  const headingId = `finding-${finding.id}`;
  const others = finding.rules.filter((r) => r !== finding.rule);

  return (
    <article className={`finding finding-${finding.severity}`} aria-labelledby={headingId}>
      <header className="finding-header">
        <h3 id={headingId}>{findingTitle(finding, lang)}</h3>
        <span className={`badge badge-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
        <span className="muted">{t('score', { score: Math.round(finding.score * 100) })}</span>
      </header>
      <p className="finding-message">{findingMessage(finding, lang)}</p>
      {others.length > 0 && (
        <p className="muted">{t('alsoSeenBy', { rules: others.map((r) => findingTitle({ ...finding, rule: r }, lang)).join(', ') })}</p>
      )}
      {txs.state === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {txs.state === 'error' && <p role="alert">{t('common:loadFailed', { error: txs.error })}</p>}
      {txs.state === 'ready' && (
        <>
          <FindingTransactions findingId={finding.id} total={finding.transactionIds.length} txs={txs.data} marks={marks} />
          <div className="finding-actions">
            <button type="button" className="button" disabled={busy || txs.data.length === 0} onClick={() => onNormal(txs.data)}>
              {t('normal.button')}
            </button>
            <a href={hrefFor('transactions', { finding: finding.id })}>{t('openInTransactions')}</a>
          </div>
        </>
      )}
    </article>
  );
}
