// Audit views get the audit store through context (tests hand in one over a throwaway database); without
// a provider they use the app's own store, so the shell needs no extra wrapper.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDataApi } from '../app/DataApiContext';
import type { AuditApi } from '../data/audit-api';
import { createAuditApi } from '../data/audit-store';
import { WalletDb } from '../db/database';

const AuditApiContext = createContext<AuditApi | undefined>(undefined);

let appStore: AuditApi | undefined;

/** The app's audit store (main thread, its own connection to the app's IndexedDB database). */
export function getAuditApi(): AuditApi {
  appStore ??= createAuditApi(new WalletDb());
  return appStore;
}

export function AuditApiProvider({ api, children }: { api: AuditApi; children: ReactNode }) {
  return <AuditApiContext.Provider value={api}>{children}</AuditApiContext.Provider>;
}

export function useAuditApi(): AuditApi {
  return useContext(AuditApiContext) ?? getAuditApi();
}

/** Grows whenever audit data changes, and when the rest of the store does (restore and delete-all replace it). */
export function useAuditVersion(): number {
  const audits = useAuditApi();
  const data = useDataApi();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = (): void => setVersion((v) => v + 1);
    const offAudits = audits.subscribe(bump);
    const offData = data.subscribe(bump);
    return () => {
      offAudits();
      offData();
    };
  }, [audits, data]);
  return version;
}
