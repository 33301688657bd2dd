// Transactions: filters and search over the whole history, a virtualised table and the selected row's
// details. `#/transactions?finding=<id>` narrows the table to one finding's transactions.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/model';
import { useDataApi, useDataVersion } from '../app/DataApiContext';
import { hrefFor } from '../app/routes';
import { PageHeading } from '../ui/PageHeading';
import { NoDataYet } from '../ui/NoDataYet';
import { useLoad } from '../ui/useLoad';
import { FilterBar } from './FilterBar';
import { DEFAULT_SORT, EMPTY_FILTERS, nextSort, toQuery, type TxFilters, type TxSort } from './filters';
import { TransactionDetails } from './TransactionDetails';
import { TransactionTable } from './TransactionTable';
import { useDebounced } from './useDebounced';
import { useTransactionWindow } from './useTransactionWindow';

export function TransactionsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('transactions');
  const api = useDataApi();
  const version = useDataVersion();
  const findingId = params.get('finding') ?? undefined;
  const [filters, setFilters] = useState<TxFilters>(EMPTY_FILTERS);
  const [sort, setSort] = useState<TxSort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<{ index: number; tx: Transaction | undefined }>();

  const accounts = useLoad(() => api.listAccounts(), [api, version]);
  const imports = useLoad(() => api.listImports(), [api, version]);
  const finding = useLoad(
    async () => (findingId ? (await api.listFindings()).find((f) => f.id === findingId) : undefined),
    [api, version, findingId],
  );

  const settled = useDebounced(filters, 250);
  const accountList = accounts.state === 'ready' ? accounts.data : [];
  const currencies = accountList.find((a) => a.accountId === settled.accountId)?.currencies;
  const ids = findingId ? (finding.state === 'ready' ? finding.data?.transactionIds ?? [] : []) : undefined;
  const currency = currencies?.length === 1 ? currencies[0] : undefined;
  const idsKey = ids ? ids.join('\n') : undefined;
  const { query, errors } = useMemo(
    () => toQuery(settled, sort, { ...(currency ? { currency } : {}), ...(idsKey !== undefined ? { ids: idsKey ? idsKey.split('\n') : [] } : {}) }),
    [settled, sort, currency, idsKey],
  );
  const key = JSON.stringify(query);
  const win = useTransactionWindow(api, query, version);
  // A new query means new row numbers: the old selection would point at some other row.
  useEffect(() => setSelected(undefined), [key]);

  const onSelect = useCallback((index: number, tx: Transaction | undefined) => {
    setSelected((cur) => (cur?.index === index && cur.tx === tx ? cur : { index, tx: tx ?? (cur?.index === index ? cur.tx : undefined) }));
  }, []);

  const noData = win.total === 0 && accounts.state === 'ready' && accounts.data.length === 0;

  return (
    <div className="transactions-page">
      <PageHeading>{t('title')}</PageHeading>
      {noData ? (
        <NoDataYet ns="transactions" />
      ) : (
        <>
          {findingId && (
            <p className="notice">
              {t('findingFilter', { count: ids?.length ?? 0 })} <a href={hrefFor('transactions')}>{t('clearFindingFilter')}</a>
            </p>
          )}
          <FilterBar
            filters={filters}
            accounts={accountList}
            errors={errors}
            onChange={setFilters}
            onReset={() => setFilters(EMPTY_FILTERS)}
          />
          <p className="result-count" role="status" aria-live="polite">
            {win.error
              ? t('error', { error: win.error })
              : win.total === undefined
                ? t('common:loading')
                : t('count', { count: win.total })}
          </p>
          <div className="tx-layout">
            <TransactionTable
              win={win}
              label={t('tableLabel')}
              sort={sort}
              onSort={(k) => setSort((s) => nextSort(s, k))}
              selected={selected?.index}
              onSelect={onSelect}
              resetKey={key}
            />
            <TransactionDetails tx={selected?.tx} imports={imports.state === 'ready' ? imports.data : []} />
          </div>
        </>
      )}
    </div>
  );
}
