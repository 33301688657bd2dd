// Links into the Case page. Kept as hash strings (like routes.ts) so they work with middle-click too.
export function caseHref(id?: string, view?: 'export'): string {
  if (!id) return '#/case';
  const q = new URLSearchParams({ id, ...(view ? { view } : {}) });
  return `#/case?${q.toString()}`;
}
