// Views get the store through context, so tests can hand them an in-memory implementation of the same
// contract and the app can hand them the IndexedDB one.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { DataApi } from '../data/api';

const DataApiContext = createContext<DataApi | undefined>(undefined);

export function DataApiProvider({ api, children }: { api: DataApi; children: ReactNode }) {
  return <DataApiContext.Provider value={api}>{children}</DataApiContext.Provider>;
}

export function useDataApi(): DataApi {
  const api = useContext(DataApiContext);
  if (!api) throw new Error('useDataApi needs a DataApiProvider above it');
  return api;
}

/** A number that grows whenever stored data changes; put it in effect dependencies to refetch. */
export function useDataVersion(): number {
  const api = useDataApi();
  const [version, setVersion] = useState(0);
  useEffect(() => api.subscribe(() => setVersion((v) => v + 1)), [api]);
  return version;
}
