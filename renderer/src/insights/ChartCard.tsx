// One chart's frame: its heading, the chart or the same numbers as a table (a toggle, so screen-reader
// and keyboard users get every value), an empty state when the selection has nothing to draw, and a
// Save as PNG action.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../settings/saveFile';
import { useToast } from '../ui/ToastProvider';
import { useChartColors } from './chart-theme';
import { chartSvg, chartToPng, pngFileName, type PngLegendItem } from './exportPng';
import { todayIso } from './period';

interface Props {
  /** Stable id: names the PNG file and the test hooks. */
  id: string;
  title: string;
  description?: ReactNode;
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: string;
  legend?: PngLegendItem[];
  /** Controls above the chart (e.g. a series picker). */
  controls?: ReactNode;
  /** A one-line summary of the chart for screen readers. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}

export function ChartCard({ id, title, description, empty, legend, controls, summary, chart, table }: Props) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const colors = useChartColors();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  const chartRef = useRef<HTMLDivElement>(null);

  const exportPng = async (): Promise<void> => {
    const svg = chartRef.current && chartSvg(chartRef.current);
    if (!svg) return;
    setBusy(true);
    try {
      const png = await chartToPng(svg, { title, ...(legend ? { legend } : {}), background: colors.bg, foreground: colors.fg });
      const name = await saveFile(png, pngFileName(`insights-${id}`, todayIso()), [{ name: 'PNG', extensions: ['png'] }]);
      if (name) toast({ message: t('png.saved', { name }) });
    } catch (e) {
      toast({ message: t('png.failed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={id}>
      <div className="chart-card-head">
        <h2 id={headingId}>{title}</h2>
        {!empty && (
          <div className="chart-card-actions">
            <button
              type="button"
              className="button"
              aria-pressed={view === 'table'}
              aria-controls={bodyId}
              onClick={() => setView((v) => (v === 'chart' ? 'table' : 'chart'))}
            >
              {t('view.table')}
            </button>
            <button type="button" className="button" disabled={view !== 'chart' || busy} onClick={() => void exportPng()}>
              {t('png.save')}
            </button>
          </div>
        )}
      </div>
      {description && <p className="muted chart-card-description">{description}</p>}
      {empty ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <div id={bodyId}>
          {controls}
          {view === 'chart' ? (
            <figure className="chart-figure" ref={chartRef} aria-label={summary}>
              {chart}
            </figure>
          ) : (
            <div className="chart-table-wrap">{table}</div>
          )}
        </div>
      )}
    </section>
  );
}
