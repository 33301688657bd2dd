// Fees paid per platform and per kind (transfer, withdrawal, conversion, service), in one currency.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FeeKind, FeeRow } from '../../../shared/insights';
import { ChartBox } from './ChartSize';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chart-theme';
import { FEE_KINDS } from './columns';
import { compact, count, money } from './format';

export function FeesChart({ rows, currency, providerLabel }: { rows: FeeRow[]; currency: string; providerLabel: (id: string) => string }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const mine = rows.filter((r) => r.currency === currency);
  const kinds = FEE_KINDS.filter((k) => mine.some((r) => r.kind === k));
  const kindName = (k: FeeKind): string => t(`fees.kind.${k}`);
  const byProvider = new Map<string, Record<string, number | string>>();
  for (const r of mine) {
    const row = byProvider.get(r.provider) ?? { provider: providerLabel(r.provider) };
    row[r.kind] = ((row[r.kind] as number | undefined) ?? 0) + r.feeMinor;
    byProvider.set(r.provider, row);
  }
  const data = [...byProvider.values()];
  const fmt = (v: unknown): string => money(Number(v), currency, lang);
  const total = mine.reduce((s, r) => s + r.feeMinor, 0);
  return (
    <ChartCard
      id="fees"
      title={t('fees.title', { currency })}
      description={t('fees.description')}
      empty={mine.length ? undefined : t('fees.empty')}
      legend={kinds.map((k, i) => ({ label: kindName(k), color: c.series[i % c.series.length]! }))}
      summary={t('fees.summary', { total: fmt(total), platforms: data.length })}
      chart={
        <ChartBox height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
            <XAxis dataKey="provider" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} />
            <YAxis tickFormatter={(v: number) => compact(v, currency, lang)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} width={64} />
            <Tooltip formatter={(v, name) => [fmt(v), name]} contentStyle={{ background: c.bg, borderColor: c.grid, color: c.fg }} />
            <Legend itemSorter={null} />
            {kinds.map((k, i) => (
              <Bar key={k} dataKey={k} name={kindName(k)} stackId="fee" fill={c.series[i % c.series.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ChartBox>
      }
      table={
        <table className="chart-table">
          <caption>{t('fees.title', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fees.platform')}</th>
              <th scope="col">{t('fees.kindLabel')}</th>
              <th scope="col">{t('fees.amount')}</th>
              <th scope="col">{t('fees.count')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((r) => (
              <tr key={`${r.provider}-${r.kind}`}>
                <th scope="row">{providerLabel(r.provider)}</th>
                <td>{kindName(r.kind)}</td>
                <td className="num">{fmt(r.feeMinor)}</td>
                <td className="num">{count(r.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
