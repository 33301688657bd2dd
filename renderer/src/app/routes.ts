// The app's pages and their hash paths. Hash routing needs no server support, so the same build works
// from `vite preview`, a plain static server and Electron's `app://bundle/`.
export type RouteId = 'home' | 'import' | 'transactions' | 'findings' | 'insights' | 'case' | 'audit' | 'settings';

export interface NavItem {
  id: RouteId;
  path: string;
  /** Key in the `common` namespace. */
  labelKey: string;
}

// Case and Insights pages slot in here (and in App's page switch) when they are built.
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', labelKey: 'nav.home' },
  { id: 'import', path: '/import', labelKey: 'nav.import' },
  { id: 'transactions', path: '/transactions', labelKey: 'nav.transactions' },
  { id: 'findings', path: '/findings', labelKey: 'nav.findings' },
  { id: 'insights', path: '/insights', labelKey: 'insights:nav' },
  { id: 'case', path: '/case', labelKey: 'case:nav' },
  { id: 'audit', path: '/audit', labelKey: 'audit:nav' },
  { id: 'settings', path: '/settings', labelKey: 'nav.settings' },
];

export interface Route {
  /** `undefined` for a path no page answers to. */
  id: RouteId | undefined;
  path: string;
  params: URLSearchParams;
}

/** `#/transactions?ids=a,b` → { id: 'transactions', params: ids=a,b }. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = (q >= 0 ? raw.slice(0, q) : raw) || '/';
  const path = pathPart.startsWith('/') ? pathPart.replace(/\/+$/, '') || '/' : `/${pathPart}`;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const item = NAV_ITEMS.find((n) => n.path === path);
  return { id: item?.id, path, params };
}

export function hrefFor(id: RouteId, params?: Record<string, string>): string {
  const item = NAV_ITEMS.find((n) => n.id === id);
  const qs = params ? new URLSearchParams(params).toString() : '';
  return `#${item?.path ?? '/'}${qs ? `?${qs}` : ''}`;
}
