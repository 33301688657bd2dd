import { useEffect, useState, type DependencyList } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: string };

/** Runs `load` whenever `deps` change and keeps only the latest answer (older ones are dropped). */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (e: unknown) => live && setResult({ state: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return result;
}
