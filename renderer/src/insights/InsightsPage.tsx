// Insights: the history as charts, each with its numbers as a table. One selection (account, period) and
// one currency for every chart; the numbers are aggregated in the insights worker, so the page only ever
// holds what it draws.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataVersion } from '../app/DataApiContext';
import { PageHeading } from '../ui/PageHeading';
import { NoDataYet } from '../ui/NoDataYet';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useLoad } from '../ui/useLoad';
import { BalanceChart } from './BalanceChart';
import { CounterpartiesChart } from './CounterpartiesChart';
import { CoverageChart } from './CoverageChart';
import { FeesChart } from './FeesChart';
import { FindingsChart } from './FindingsChart';
import { HeatmapChart } from './HeatmapChart';
import { useInsightsApi } from './InsightsApiContext';
import { MonthlyFlowsChart } from './MonthlyFlowsChart';
import { count } from './format';
import { periodOf } from './period';
import './insights.css';

const CHARTS = 7;

/**
 * How many charts to draw: one more per task once there is data, so the first appearance of seven
 * recharts drawings is seven short tasks instead of one long one (240–390 ms at a million rows) and the
 * page stays responsive meanwhile. Later filter changes redraw them all at once (a tenth of that).
 */
function useStaged(total: number, ready: boolean): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (!ready || shown >= total) return;
    const next = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(next);
  }, [ready, shown, total]);
  return shown;
}

export function InsightsPage() {
  const { t, i18n } = useTranslation('insights');
  const api = useInsightsApi();
  const version = useDataVersion();
  const id = useId();
  const [accountId, setAccountId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState('');
  const [progress, setProgress] = useState<number>();
  const period = periodOf(from, to);
  const pFrom = period.invalid ? undefined : period.from;
  const pTo = period.invalid ? undefined : period.to;

  const series = useLoad(
    () => api.series({ ...(accountId ? { accountId } : {}), ...(pFrom ? { from: pFrom } : {}), ...(pTo ? { to: pTo } : {}) }, (f) => setProgress(f)),
    [api, version, accountId, pFrom, pTo],
  );
  const unusual = useLoad(() => api.unusualHours(accountId || undefined), [api, version, accountId]);
  const providerLabel = (p: string): string => t(`import:providers.${p}`, { defaultValue: p });

  const data = series.state === 'ready' ? series.data : undefined;
  const staged = useStaged(CHARTS, data !== undefined);
  const currencies = data?.currencies ?? [];
  const currency = currencies.includes(picked) ? picked : (currencies[0] ?? '');

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      {series.state === 'loading' && <ProgressStatus fraction={progress} label={t('loading')} />}
      {series.state === 'error' && <p role="alert">{t('common:loadFailed', { error: series.error })}</p>}
      {data && data.accounts.length === 0 && (
        <NoDataYet ns="insights" />
      )}
      {data && data.accounts.length > 0 && (
        <>
          <form className="insights-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={`${id}-account`}>{t('filters.account')}</label>
              <select id={`${id}-account`} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                <option value="">{t('filters.allAccounts')}</option>
                {data.accounts.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
              <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} aria-invalid={period.invalid || undefined} aria-describedby={period.invalid ? `${id}-period-error` : undefined} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
              <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} aria-invalid={period.invalid || undefined} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-currency`}>{t('filters.currency')}</label>
              <select id={`${id}-currency`} value={currency} onChange={(e) => setPicked(e.target.value)} disabled={currencies.length < 2}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button" disabled={!accountId && !from && !to} onClick={() => { setAccountId(''); setFrom(''); setTo(''); }}>
              {t('filters.reset')}
            </button>
            {period.invalid && (
              <p id={`${id}-period-error`} className="field-error" role="alert">
                {t('filters.invalidPeriod')}
              </p>
            )}
          </form>
          <p className="muted" role="status" data-testid="selection-count">
            {t('selection', { count: data.selected, formatted: count(data.selected, i18n.language) })}
            {currencies.length > 1 && ` ${t('currencyNote', { currency })}`}
          </p>
          <div className="chart-grid">
            {[
              <MonthlyFlowsChart key="monthly" rows={data.monthly[currency] ?? []} currency={currency} />,
              <HeatmapChart key="heatmap" cells={data.heatmap} currency={currency} unusual={unusual.state === 'ready' ? unusual.data : undefined} />,
              <CounterpartiesChart key="counterparties" rows={data.counterparties[currency] ?? []} currency={currency} periodChosen={!!pFrom} />,
              <FindingsChart key="findings" rows={data.findings} />,
              <FeesChart key="fees" rows={data.fees} currency={currency} providerLabel={providerLabel} />,
              <BalanceChart key="balance" series={data.balances} currency={currency} />,
              <CoverageChart key="coverage" accounts={data.coverage} />,
            ].slice(0, staged)}
          </div>
        </>
      )}
    </>
  );
}
