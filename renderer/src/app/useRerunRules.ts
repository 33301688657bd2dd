import { useCallback, useState } from 'react';
import type { Finding } from '../../../shared/rules/types';
import { useDataApi } from './DataApiContext';

export interface RerunState {
  running: boolean;
  fraction: number | undefined;
  label: string;
  error: string | undefined;
}

/** Re-runs the rules with progress, for pages that change what the rules see (normal list, rule options). */
export function useRerunRules(): { state: RerunState; rerun(): Promise<Finding[] | undefined> } {
  const api = useDataApi();
  const [state, setState] = useState<RerunState>({ running: false, fraction: undefined, label: '', error: undefined });
  const rerun = useCallback(async () => {
    setState({ running: true, fraction: 0, label: '', error: undefined });
    try {
      const findings = await api.rerunRules((fraction, label) => setState((s) => ({ ...s, fraction, label })));
      setState({ running: false, fraction: undefined, label: '', error: undefined });
      return findings;
    } catch (e) {
      setState({ running: false, fraction: undefined, label: '', error: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
  }, [api]);
  return { state, rerun };
}
