import { useTranslation } from 'react-i18next';
import { COLUMNS } from './columns';
import type { TxSort } from './filters';

export function TableHeader({ sort, onSort }: { sort: TxSort; onSort(key: TxSort['key']): void }) {
  const { t } = useTranslation('transactions');
  return (
    <div role="rowgroup" className="tx-head">
      <div role="row" aria-rowindex={1} className="tx-row">
        {COLUMNS.map((c) => {
          const active = c.sortKey !== undefined && sort.key === c.sortKey;
          return (
            <div
              key={c.id}
              role="columnheader"
              className={`tx-cell tx-${c.id}`}
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : c.sortKey ? 'none' : undefined}
            >
              {c.sortKey ? (
                <button type="button" className="sort-button" onClick={() => c.sortKey && onSort(c.sortKey)}>
                  {t(c.labelKey)}
                  <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                t(c.labelKey)
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
