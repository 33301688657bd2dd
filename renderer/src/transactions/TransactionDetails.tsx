// Everything about one transaction, with its provenance: which file (by name where the import log knows
// it, always by SHA-256), which line, and the cells exactly as read.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/model';
import type { ImportRecord } from '../data/api';
import { Money } from '../ui/Money';

export function TransactionDetails({ tx, imports }: { tx: Transaction | undefined; imports: ImportRecord[] }) {
  const { t } = useTranslation('transactions');
  if (!tx) {
    return (
      <aside className="tx-details" aria-label={t('details.label')}>
        <p className="muted">{t('details.none')}</p>
      </aside>
    );
  }
  const file = imports.find((r) => r.fileSha256 === tx.source.fileSha256);
  const rows: [string, ReactNode][] = [
    [t('details.occurredAt'), tx.occurredAt],
    [t('details.amount'), <Money key="a" minor={tx.amountMinor} currency={tx.currency} />],
    ...(tx.feeMinor ? [[t('details.fee'), <Money key="f" minor={-tx.feeMinor} currency={tx.currency} />] as [string, ReactNode]] : []),
    ...(tx.balanceMinor !== undefined
      ? [[t('details.balance'), <Money key="b" minor={tx.balanceMinor} currency={tx.currency} />] as [string, ReactNode]]
      : []),
    [t('details.counterparty'), tx.counterparty],
    [t('details.counterpartyAccount'), tx.counterpartyAccount],
    [t('details.description'), tx.description],
    [t('details.category'), tx.category],
    [t('details.method'), tx.method],
    [t('details.kind'), tx.kind],
    [t('details.status'), t(`status.${tx.status}`)],
    [t('details.direction'), t(`direction.${tx.direction}`)],
    [t('details.account'), `${tx.accountId} (${tx.provider})`],
    [t('details.externalId'), tx.externalId],
    [t('details.relatedId'), tx.relatedId],
    [t('details.id'), tx.id],
  ];
  return (
    <aside className="tx-details" aria-label={t('details.label')}>
      <h2>{tx.counterparty || tx.description || tx.id}</h2>
      <dl className="details-list">
        {rows
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <h3>{t('details.provenance')}</h3>
      <dl className="details-list">
        <div>
          <dt>{t('details.file')}</dt>
          <dd>{file ? file.name : t('details.unknownFile')}</dd>
        </div>
        <div>
          <dt>{t('details.sha256')}</dt>
          <dd className="mono break">{tx.source.fileSha256}</dd>
        </div>
        <div>
          <dt>{t('details.line')}</dt>
          <dd>{tx.source.line}</dd>
        </div>
      </dl>
      <h4>{t('details.raw')}</h4>
      <ol className="raw-cells">
        {tx.source.raw.map((cell, i) => (
          <li key={i}>
            <code>{cell}</code>
          </li>
        ))}
      </ol>
    </aside>
  );
}
