// Charts fill their column in the app; tests (happy-dom has no layout) hand them a fixed width instead.
import { cloneElement, createContext, useContext, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

const FixedWidth = createContext<number | undefined>(undefined);

export function FixedChartWidth({ width, children }: { width: number; children: ReactNode }) {
  return <FixedWidth.Provider value={width}>{children}</FixedWidth.Provider>;
}

/** The width to draw custom SVG charts at when no layout can tell (tests); else undefined. */
export function useFixedChartWidth(): number | undefined {
  return useContext(FixedWidth);
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
