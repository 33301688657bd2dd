import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current route; re-renders on every hash change (links, back/forward, typed URLs). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  // parseHash is cheap and the hash string is the stable snapshot, so parsing per render is fine.
  return parseHash(hash);
}
