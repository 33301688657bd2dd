// The transactions behind one finding, each with its review mark. Long lists show the first few here and
// link to the Transactions page filtered to this finding.
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/model';
import { hrefFor } from '../app/routes';
import { Money } from '../ui/Money';
import { localTime } from '../transactions/columns';
import { ReviewMarkEditor } from './ReviewMarkEditor';
import type { Marks } from './useMarks';

export const SHOWN = 20;

interface Props {
  findingId: string;
  total: number;
  txs: Transaction[];
  marks: Marks;
}

export function FindingTransactions({ findingId, total, txs, marks }: Props) {
  const { t } = useTranslation('findings');
  return (
    <div className="finding-transactions">
      <ul>
        {txs.map((tx) => {
          const summary = `${localTime(tx.occurredAt)} ${tx.counterparty}`;
          return (
            <li key={tx.id} className="finding-tx">
              <div className="finding-tx-line">
                <span className="mono">{localTime(tx.occurredAt)}</span>
                <span>{tx.counterparty || tx.description}</span>
                <Money minor={tx.amountMinor} currency={tx.currency} />
                <span className="muted">{tx.accountId}</span>
              </div>
              <ReviewMarkEditor
                label={t('marks.label', { tx: summary })}
                mark={marks.marks.get(tx.id)}
                onSave={(verdict, note) => void marks.setMark(tx.id, verdict, note)}
              />
            </li>
          );
        })}
      </ul>
      {total > txs.length && (
        <a href={hrefFor('transactions', { finding: findingId })}>{t('showAll', { count: total })}</a>
      )}
    </div>
  );
}
