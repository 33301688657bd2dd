// Outgoing payments by hour of day and weekday, in the wall-clock time of the export. Columns the rules
// consider unusual hours for this user are marked, so a payment in one stands out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatCell } from '../../../shared/insights';
import { ChartCard } from './ChartCard';
import { useDrawingWidth } from './ChartSize';
import { useChartColors } from './chart-theme';
import { count, hourLabel, money, weekdayNames } from './format';
import type { UnusualHoursAnswer } from './insights-types';

const W = 760;
const LEFT = 48;
const TOP = 22;
const CELL_H = 26;

interface Props {
  cells: HeatCell[];
  currency: string;
  unusual: UnusualHoursAnswer | undefined;
}

export function HeatmapChart({ cells, currency, unusual }: Props) {
  const { t, i18n } = useTranslation('insights');
  const lang = i18n.language;
  const c = useChartColors();
  const [box, width] = useDrawingWidth(W);
  const [focus, setFocus] = useState<HeatCell>();
  const days = weekdayNames(lang);
  const odd = new Set(unusual?.hours ?? []);
  const max = Math.max(1, ...cells.map((x) => x.count));
  const total = cells.reduce((s, x) => s + x.count, 0);
  const cellW = (width - LEFT - 8) / 24;
  const height = TOP + CELL_H * 7 + 8;
  const amount = (x: HeatCell): string => money(x.outMinor[currency] ?? 0, currency, lang);
  const describe = (x: HeatCell): string =>
    t('heatmap.cell', { day: days[x.weekday], hour: hourLabel(x.hour), count: x.count, amount: amount(x) }) +
    (odd.has(x.hour) ? ` ${t('heatmap.unusualMark')}` : '');

  const note = unusual?.reason === 'rule-disabled'
    ? t('heatmap.ruleOff')
    : unusual?.reason === 'too-little-history'
      ? t('heatmap.tooShort', { days: unusual.days, minDays: unusual.minDays })
      : unusual
        ? odd.size
          ? t('heatmap.unusualHours', { hours: [...odd].map(hourLabel).join(', ') })
          : t('heatmap.noUnusual')
        : t('heatmap.profiling');

  return (
    <ChartCard
      id="heatmap"
      title={t('heatmap.title')}
      description={<>{t('heatmap.description')} <span data-testid="unusual-note">{note}</span></>}
      empty={total ? undefined : t('empty.selection')}
      legend={[{ label: t('heatmap.legendPayments'), color: c.heat }, { label: t('heatmap.legendUnusual'), color: c.unusual }]}
      summary={t('heatmap.summary', { count: total })}
      chart={
        <>
          <div ref={box}>
            <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('heatmap.summary', { count: total })}>
              {Array.from({ length: 24 }, (_, h) => (
                <g key={h}>
                  {odd.has(h) && (
                    <rect x={LEFT + h * cellW} y={TOP - 4} width={cellW} height={CELL_H * 7 + 6} fill="none" stroke={c.unusual} strokeWidth={2} strokeDasharray="4 2" data-unusual-hour={h}>
                      <title>{t('heatmap.unusualColumn', { hour: hourLabel(h) })}</title>
                    </rect>
                  )}
                  {h % 3 === 0 && (
                    <text x={LEFT + h * cellW + cellW / 2} y={TOP - 8} textAnchor="middle" fontSize={11} fill={c.muted}>
                      {String(h).padStart(2, '0')}
                    </text>
                  )}
                </g>
              ))}
              {days.map((d, w) => (
                <text key={d} x={LEFT - 6} y={TOP + w * CELL_H + CELL_H / 2 + 4} textAnchor="end" fontSize={12} fill={c.muted}>
                  {d}
                </text>
              ))}
              {cells.map((x) => (
                <rect
                  key={`${x.weekday}-${x.hour}`}
                  x={LEFT + x.hour * cellW + 1}
                  y={TOP + x.weekday * CELL_H + 1}
                  width={cellW - 2}
                  height={CELL_H - 2}
                  rx={3}
                  fill={x.count ? c.heat : c.grid}
                  fillOpacity={x.count ? 0.15 + 0.85 * (x.count / max) : 0.25}
                  onMouseEnter={() => setFocus(x)}
                  onMouseLeave={() => setFocus(undefined)}
                >
                  <title>{describe(x)}</title>
                </rect>
              ))}
            </svg>
          </div>
          <p className="chart-tooltip" aria-live="polite">
            {focus ? describe(focus) : '\u00a0'}
          </p>
        </>
      }
      table={
        <table className="chart-table">
          <caption>{t('heatmap.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heatmap.weekday')}</th>
              <th scope="col">{t('heatmap.hour')}</th>
              <th scope="col">{t('heatmap.payments')}</th>
              <th scope="col">{t('heatmap.amount', { currency })}</th>
              <th scope="col">{t('heatmap.unusual')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.filter((x) => x.count).map((x) => (
              <tr key={`${x.weekday}-${x.hour}`}>
                <th scope="row">{days[x.weekday]}</th>
                <td>{hourLabel(x.hour)}</td>
                <td className="num">{count(x.count, lang)}</td>
                <td className="num">{amount(x)}</td>
                <td>{odd.has(x.hour) ? t('heatmap.yes') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
