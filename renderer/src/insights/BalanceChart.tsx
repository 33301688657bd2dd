// Balance over time, for the accounts whose exports carry a balance column, in one currency.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartSize';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chart-theme';
import { compact, money } from './format';
import type { BalanceSeries } from './insights-types';

export function BalanceChart({ series, currency }: { series: BalanceSeries[]; currency: string }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const mine = series.filter((s) => s.currency === currency);
  const byDay = new Map<string, Record<string, number | string>>();
  mine.forEach((s, k) => {
    for (const p of s.points) {
      const row = byDay.get(p.day) ?? { day: p.day };
      row[`s${k}`] = p.balanceMinor;
      byDay.set(p.day, row);
    }
  });
  const data = [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day)));
  const fmt = (v: unknown): string => money(Number(v), currency, lang);
  const monthly = mine.some((s) => s.granularity === 'month');
  return (
    <ChartCard
      id="balance"
      title={t('balance.title', { currency })}
      description={monthly ? t('balance.descriptionMonthly') : t('balance.description')}
      empty={mine.length ? undefined : t('balance.empty')}
      legend={mine.map((s, k) => ({ label: s.accountId, color: c.series[k % c.series.length]! }))}
      summary={t('balance.summary', { accounts: mine.length, points: data.length })}
      chart={
        <ChartBox height={280}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
            <XAxis dataKey="day" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} minTickGap={24} />
            <YAxis tickFormatter={(v: number) => compact(v, currency, lang)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} width={64} />
            <Tooltip formatter={(v, name) => [fmt(v), name]} contentStyle={{ background: c.bg, borderColor: c.grid, color: c.fg }} />
            <Legend itemSorter={null} />
            {mine.map((s, k) => (
              <Line
                key={s.key}
                dataKey={`s${k}`}
                name={s.accountId}
                stroke={c.series[k % c.series.length]}
                strokeWidth={2}
                dot={data.length < 60}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ChartBox>
      }
      table={
        <table className="chart-table">
          <caption>{t('balance.title', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('balance.account')}</th>
              <th scope="col">{monthly ? t('balance.monthEnd') : t('balance.day')}</th>
              <th scope="col">{t('balance.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.key}-${p.day}`}>
                  <th scope="row">{s.accountId}</th>
                  <td>{p.day}</td>
                  <td className="num">{fmt(p.balanceMinor)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    />
  );
}
