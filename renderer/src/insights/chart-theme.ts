// Chart colours come from CSS variables (insights.css, per theme) read once per theme change, so the SVG
// carries real colours: the same drawing works on screen and in an exported PNG, where no stylesheet
// applies.
import { useEffect, useState } from 'react';

export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  in: string;
  out: string;
  net: string;
  high: string;
  medium: string;
  low: string;
  heat: string;
  unusual: string;
  gap: string;
  series: string[];
}

const FALLBACK: ChartColors = {
  fg: '#1b1f24', muted: '#5a6270', grid: '#c9ced6', bg: '#ffffff', in: '#1b7a3a', out: '#b3261e', net: '#1a5fd0',
  high: '#b3261e', medium: '#9a5b00', low: '#3d5a80', heat: '#1a5fd0', unusual: '#b3261e', gap: '#b3261e',
  series: ['#1a5fd0', '#1b7a3a', '#9a5b00', '#7b3fa0', '#00838f', '#b3261e'],
};

export function readChartColors(root: Element = document.documentElement): ChartColors {
  const cs = getComputedStyle(root);
  const v = (name: string, dflt: string): string => cs.getPropertyValue(name).trim() || dflt;
  return {
    fg: v('--fg', FALLBACK.fg), muted: v('--fg-muted', FALLBACK.muted), grid: v('--border', FALLBACK.grid), bg: v('--bg', FALLBACK.bg),
    in: v('--chart-in', FALLBACK.in), out: v('--chart-out', FALLBACK.out), net: v('--chart-net', FALLBACK.net),
    high: v('--high', FALLBACK.high), medium: v('--medium', FALLBACK.medium), low: v('--low', FALLBACK.low),
    heat: v('--chart-heat', FALLBACK.heat), unusual: v('--chart-unusual', FALLBACK.unusual), gap: v('--chart-gap', FALLBACK.gap),
    series: FALLBACK.series.map((c, i) => v(`--chart-${i + 1}`, c)),
  };
}

/** The current colours; follows `data-theme` on <html> and the system's dark mode. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState<ChartColors>(() => (typeof document === 'undefined' ? FALLBACK : readChartColors()));
  useEffect(() => {
    const update = (): void => setColors(readChartColors());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener?.('change', update);
    };
  }, []);
  return colors;
}
