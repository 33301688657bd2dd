// Insights and audit views get the aggregation backend through context (tests hand in the same service
// running in-process); without a provider they use the app's worker, started on first use so the app
// does not read the whole history until a page needs it.
import { createContext, useContext, type ReactNode } from 'react';
import { connect } from '../data/rpc';
import type { InsightsBackend } from './insights-types';

const InsightsApiContext = createContext<InsightsBackend | undefined>(undefined);

let appBackend: InsightsBackend | undefined;

export function getInsightsApi(): InsightsBackend {
  appBackend ??= connect<InsightsBackend>(
    new Worker(new URL('./insights.worker.ts', import.meta.url), { type: 'module', name: 'insights' }),
  );
  return appBackend;
}

export function InsightsApiProvider({ api, children }: { api: InsightsBackend; children: ReactNode }) {
  return <InsightsApiContext.Provider value={api}>{children}</InsightsApiContext.Provider>;
}

export function useInsightsApi(): InsightsBackend {
  return useContext(InsightsApiContext) ?? getInsightsApi();
}
