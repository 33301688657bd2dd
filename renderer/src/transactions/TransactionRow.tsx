import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/model';
import { Money } from '../ui/Money';
import { localTime } from './columns';

interface Props {
  index: number;
  tx: Transaction | undefined;
  selected: boolean;
  style: CSSProperties;
  onSelect(index: number): void;
}

/** One row, or a placeholder while its page is loading. */
export function TransactionRow({ index, tx, selected, style, onSelect }: Props) {
  const { t } = useTranslation('transactions');
  return (
    <div
      role="row"
      id={`tx-row-${index}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={selected ? 'tx-row tx-body-row selected' : 'tx-row tx-body-row'}
      style={style}
      onClick={() => onSelect(index)}
      data-index={index}
    >
      {tx ? (
        <>
          <div role="gridcell" className="tx-cell tx-occurredAt">{localTime(tx.occurredAt)}</div>
          <div role="gridcell" className="tx-cell tx-accountId">{tx.accountId}</div>
          <div role="gridcell" className="tx-cell tx-counterparty">{tx.counterparty}</div>
          <div role="gridcell" className="tx-cell tx-description">{tx.description}</div>
          <div role="gridcell" className="tx-cell tx-amount"><Money minor={tx.amountMinor} currency={tx.currency} /></div>
          <div role="gridcell" className="tx-cell tx-status">{t(`status.${tx.status}`)}</div>
        </>
      ) : (
        <div role="gridcell" className="tx-cell tx-loading">{t('loadingRow')}</div>
      )}
    </div>
  );
}
