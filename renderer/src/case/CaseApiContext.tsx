// Case views get the case store through context (tests hand in one over a throwaway database); without a
// provider they use the app's own store, so the shell needs no extra wrapper.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDataApi } from '../app/DataApiContext';
import type { CaseApi } from '../data/case-api';
import { createCaseApi } from '../data/case-store';
import { WalletDb } from '../db/database';

const CaseApiContext = createContext<CaseApi | undefined>(undefined);

let appStore: CaseApi | undefined;

/** The app's case store (main thread, its own connection to the app's IndexedDB database). */
export function getCaseApi(): CaseApi {
  appStore ??= createCaseApi(new WalletDb());
  return appStore;
}

export function CaseApiProvider({ api, children }: { api: CaseApi; children: ReactNode }) {
  return <CaseApiContext.Provider value={api}>{children}</CaseApiContext.Provider>;
}

export function useCaseApi(): CaseApi {
  return useContext(CaseApiContext) ?? getCaseApi();
}

/**
 * Grows whenever case data changes, and also when the rest of the store does: restore and delete-all
 * replace the case tables too, and marks or findings change the timeline and the bundle.
 */
export function useCaseVersion(): number {
  const cases = useCaseApi();
  const data = useDataApi();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = (): void => setVersion((v) => v + 1);
    const offCases = cases.subscribe(bump);
    const offData = data.subscribe(bump);
    return () => {
      offCases();
      offData();
    };
  }, [cases, data]);
  return version;
}
