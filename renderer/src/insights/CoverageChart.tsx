// Which date ranges the imported statements cover for each account, and the gaps between them: the
// statements still to export before the history (and any evidence built from it) is complete.
import { useTranslation } from 'react-i18next';
import type { AccountCoverage } from '../../../shared/insights';
import { ChartCard } from './ChartCard';
import { useDrawingWidth } from './ChartSize';
import { useChartColors } from './chart-theme';
import { count } from './format';

const W = 760;
const LEFT = 150;
const ROW = 34;
const TOP = 24;
const ms = (d: string): number => Date.parse(`${d}T00:00:00Z`);

export function CoverageChart({ accounts }: { accounts: AccountCoverage[] }) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const [box, width] = useDrawingWidth(W);
  const days = accounts.flatMap((a) => a.ranges.flatMap((r) => [r.from, r.to])).sort();
  const first = days[0];
  const last = days.at(-1);
  const gapCount = accounts.reduce((s, a) => s + a.gaps.length, 0);
  const span = first && last ? Math.max(1, ms(last) - ms(first) + 86_400_000) : 1;
  const x = (d: string, end = false): number => LEFT + ((ms(d) - ms(first!) + (end ? 86_400_000 : 0)) / span) * (width - LEFT - 12);
  const height = TOP + ROW * accounts.length + 8;
  const rangeText = (from: string, to: string): string => t('coverage.range', { from, to });
  return (
    <ChartCard
      id="coverage"
      title={t('coverage.title')}
      description={t('coverage.description')}
      empty={accounts.length ? undefined : t('empty.selection')}
      legend={[{ label: t('coverage.covered'), color: c.in }, { label: t('coverage.gap'), color: c.gap }]}
      summary={t('coverage.summary', { accounts: accounts.length, gaps: gapCount })}
      chart={
        <div ref={box}>
          <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('coverage.summary', { accounts: accounts.length, gaps: gapCount })}>
            {first && last && (
              <>
                <text x={LEFT} y={14} fontSize={11} fill={c.muted}>{first}</text>
                <text x={width - 12} y={14} fontSize={11} fill={c.muted} textAnchor="end">{last}</text>
              </>
            )}
            {accounts.map((a, k) => {
              const y = TOP + k * ROW;
              return (
                <g key={a.accountId}>
                  <text x={LEFT - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize={12} fill={c.fg}>
                    {a.accountId.length > 20 ? `${a.accountId.slice(0, 19)}…` : a.accountId}
                  </text>
                  {a.ranges.map((r) => (
                    <rect key={r.from} x={x(r.from)} y={y + 6} width={Math.max(2, x(r.to, true) - x(r.from))} height={ROW - 12} rx={3} fill={c.in} fillOpacity={0.75}>
                      <title>{`${a.accountId}: ${rangeText(r.from, r.to)} · ${t('coverage.files', { count: r.fileSha256s.length })}`}</title>
                    </rect>
                  ))}
                  {a.gaps.map((g) => (
                    <rect key={g.from} x={x(g.from)} y={y + 10} width={Math.max(2, x(g.to, true) - x(g.from))} height={ROW - 20} fill={c.gap} fillOpacity={0.8} data-gap={`${g.from}/${g.to}`}>
                      <title>{`${a.accountId}: ${t('coverage.gapText', { from: g.from, to: g.to, count: g.days })}`}</title>
                    </rect>
                  ))}
                </g>
              );
            })}
          </svg>
        </div>
      }
      table={
        <table className="chart-table">
          <caption>{t('coverage.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.account')}</th>
              <th scope="col">{t('coverage.what')}</th>
              <th scope="col">{t('coverage.from')}</th>
              <th scope="col">{t('coverage.to')}</th>
              <th scope="col">{t('coverage.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.flatMap((a) => [
              ...a.ranges.map((r) => ({ kind: 'covered' as const, from: r.from, to: r.to, detail: t('coverage.files', { count: r.fileSha256s.length }) })),
              ...a.gaps.map((g) => ({ kind: 'gap' as const, from: g.from, to: g.to, detail: t('coverage.days', { count: g.days, formatted: count(g.days, lang) }) })),
            ]
              .sort((p, q) => p.from.localeCompare(q.from))
              .map((r) => (
                <tr key={`${a.accountId}-${r.kind}-${r.from}`} className={r.kind === 'gap' ? 'row-gap' : undefined}>
                  <th scope="row">{a.accountId}</th>
                  <td>{r.kind === 'gap' ? t('coverage.gap') : t('coverage.covered')}</td>
                  <td>{r.from}</td>
                  <td>{r.to}</td>
                  <td>{r.detail}</td>
                </tr>
              )))}
          </tbody>
        </table>
      }
    />
  );
}
