// Charts fill their column in the app; tests (happy-dom has no layout) hand them a fixed width instead.
import { cloneElement, createContext, useCallback, useContext, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

const FixedWidth = createContext<number | undefined>(undefined);

export function FixedChartWidth({ width, children }: { width: number; children: ReactNode }) {
  return <FixedWidth.Provider value={width}>{children}</FixedWidth.Provider>;
}

/** A recharts chart at the given height: full width of its box, or the fixed width in tests. */
export function ChartBox({ height, children }: { height: number; children: ReactElement<{ width?: number; height?: number }> }) {
  const fixed = useContext(FixedWidth);
  if (fixed) return cloneElement(children, { width: fixed, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * The width to draw a custom SVG chart at, and the ref for the box it fills: the box's width, kept current
 * as the window resizes, never below `min` (narrower boxes scale the drawing down by CSS); the fixed width
 * in tests; `fallback` until the box is measured.
 */
export function useDrawingWidth(fallback: number, min = 480): [(el: HTMLDivElement | null) => void, number] {
  const fixed = useContext(FixedWidth);
  const [measured, setMeasured] = useState<number>();
  const observer = useRef<ResizeObserver>(undefined);
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setMeasured(Math.max(min, w));
    });
    watch.observe(el);
    observer.current = watch;
  }, [min]);
  return [ref, fixed ?? measured ?? fallback];
}
