// Money in, out and net per month in one currency (never added across currencies).
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthFlow } from '../../../shared/insights';
import { ChartBox } from './ChartSize';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chart-theme';
import { compact, count, money } from './format';

export function MonthlyFlowsChart({ rows, currency }: { rows: MonthFlow[]; currency: string }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const names = { inMinor: t('monthly.in'), outMinor: t('monthly.out'), netMinor: t('monthly.net') };
  const fmt = (v: unknown): string => money(Number(v), currency, lang);
  const totals = rows.reduce((s, r) => ({ in: s.in + r.inMinor, out: s.out + r.outMinor }), { in: 0, out: 0 });
  return (
    <ChartCard
      id="monthly-flows"
      title={t('monthly.title', { currency })}
      description={t('monthly.description')}
      empty={rows.length ? undefined : t('empty.selection')}
      legend={[{ label: names.inMinor, color: c.in }, { label: names.outMinor, color: c.out }, { label: names.netMinor, color: c.net }]}
      summary={t('monthly.summary', { months: rows.length, in: fmt(totals.in), out: fmt(totals.out) })}
      chart={
        <ChartBox height={300}>
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} />
            <YAxis tickFormatter={(v: number) => compact(v, currency, lang)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} width={64} />
            <Tooltip formatter={(v, name) => [fmt(v), name]} contentStyle={{ background: c.bg, borderColor: c.grid, color: c.fg }} />
            <Legend itemSorter={null} />
            <ReferenceLine y={0} stroke={c.muted} />
            <Bar dataKey="inMinor" name={names.inMinor} fill={c.in} isAnimationActive={false} />
            <Bar dataKey="outMinor" name={names.outMinor} fill={c.out} isAnimationActive={false} />
            <Line dataKey="netMinor" name={names.netMinor} stroke={c.net} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </ComposedChart>
        </ChartBox>
      }
      table={
        <table className="chart-table">
          <caption>{t('monthly.title', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monthly.month')}</th>
              <th scope="col">{names.inMinor}</th>
              <th scope="col">{names.outMinor}</th>
              <th scope="col">{names.netMinor}</th>
              <th scope="col">{t('monthly.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                <td className="num">{fmt(r.inMinor)}</td>
                <td className="num">{fmt(r.outMinor)}</td>
                <td className="num">{fmt(r.netMinor)}</td>
                <td className="num">{count(r.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
