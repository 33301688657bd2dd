// Who the money goes to and comes from: the top counterparties of the selection in one currency, with
// count, first and last seen, and the ones first seen in the chosen period highlighted.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CounterpartyRow } from '../../../shared/insights';
import { ChartBox } from './ChartSize';
import { ChartCard } from './ChartCard';
import { useChartColors } from './chart-theme';
import { compact, count, money } from './format';

const MAX_LABEL = 22;
const short = (s: string): string => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

export function CounterpartiesChart({ rows, currency, periodChosen }: { rows: CounterpartyRow[]; currency: string; periodChosen: boolean }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const fmt = (v: unknown): string => money(Number(v), currency, lang);
  const data = rows.map((r) => ({ ...r, label: r.isNew ? `★ ${short(r.counterparty)}` : short(r.counterparty) }));
  const fresh = rows.filter((r) => r.isNew).length;
  return (
    <ChartCard
      id="counterparties"
      title={t('counterparties.title', { currency })}
      description={periodChosen ? t('counterparties.descriptionNew') : t('counterparties.description')}
      empty={rows.length ? undefined : t('empty.selection')}
      legend={[{ label: t('counterparties.out'), color: c.out }, { label: t('counterparties.in'), color: c.in }]}
      summary={t('counterparties.summary', { count: rows.length, fresh })}
      chart={
        <ChartBox height={Math.max(160, 28 * rows.length + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={c.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => compact(v, currency, lang)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.grid} />
            <YAxis type="category" dataKey="label" width={170} tick={{ fill: c.fg, fontSize: 12 }} stroke={c.grid} />
            <Tooltip
              formatter={(v, name) => [fmt(v), name]}
              labelFormatter={(_, payload) => {
                const r = payload?.[0]?.payload as CounterpartyRow | undefined;
                return r ? t('counterparties.tooltip', { name: r.counterparty, count: r.count, first: r.firstSeen, last: r.lastSeen }) + (r.isNew ? ` · ${t('counterparties.new')}` : '') : '';
              }}
              contentStyle={{ background: c.bg, borderColor: c.grid, color: c.fg }}
            />
            <Legend itemSorter={null} />
            <Bar dataKey="outMinor" name={t('counterparties.out')} stackId="m" fill={c.out} isAnimationActive={false} />
            <Bar dataKey="inMinor" name={t('counterparties.in')} stackId="m" fill={c.in} isAnimationActive={false} />
          </BarChart>
        </ChartBox>
      }
      table={
        <table className="chart-table">
          <caption>{t('counterparties.title', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('counterparties.name')}</th>
              <th scope="col">{t('counterparties.out')}</th>
              <th scope="col">{t('counterparties.in')}</th>
              <th scope="col">{t('counterparties.count')}</th>
              <th scope="col">{t('counterparties.first')}</th>
              <th scope="col">{t('counterparties.last')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.counterparty} className={r.isNew ? 'row-new' : undefined}>
                <th scope="row">
                  {r.counterparty}
                  {r.isNew && <span className="badge badge-new">{t('counterparties.new')}</span>}
                </th>
                <td className="num">{fmt(r.outMinor)}</td>
                <td className="num">{fmt(r.inMinor)}</td>
                <td className="num">{count(r.count, lang)}</td>
                <td>{r.firstSeen}</td>
                <td>{r.lastSeen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
