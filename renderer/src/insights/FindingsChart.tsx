// Findings per month by severity, dated by their earliest transaction in the selection.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FindingMonth } from '../../../shared/insights';
import type { Severity } from '../../../shared/model';
import { hrefFor } from '../app/routes';
import { ChartBox } from './ChartSize';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chart-theme';
import { count } from './format';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

export function FindingsChart({ rows }: { rows: FindingMonth[] }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const names: Record<Severity, string> = { high: t('findings.high'), medium: t('findings.medium'), low: t('findings.low') };
  const total = rows.reduce((s, r) => s + r.high + r.medium + r.low, 0);
  return (
    <ChartCard
      id="findings"
      title={t('findings.title')}
      description={<>{t('findings.description')} <a href={hrefFor('findings')}>{t('findings.open')}</a></>}
      empty={rows.length ? undefined : t('findings.empty')}
      legend={SEVERITIES.map((s) => ({ label: names[s], color: c[s] }))}
      summary={t('findings.summary', { count: total, months: rows.length })}
      chart={
        <ChartBox height={260}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} />
            <YAxis allowDecimals={false} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} width={40} />
            <Tooltip contentStyle={{ background: c.bg, borderColor: c.grid, color: c.fg }} />
            <Legend itemSorter={null} />
            {SEVERITIES.map((s) => (
              <Bar key={s} dataKey={s} name={names[s]} stackId="f" fill={c[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ChartBox>
      }
      table={
        <table className="chart-table">
          <caption>{t('findings.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monthly.month')}</th>
              {SEVERITIES.map((s) => (
                <th key={s} scope="col">{names[s]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                {SEVERITIES.map((s) => (
                  <td key={s} className="num">{count(r[s], lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
