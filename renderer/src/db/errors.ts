// Storage failures that deserve their own message. Browsers report a full disk as QuotaExceededError,
// sometimes directly and sometimes as the `inner` error of Dexie's AbortError or inside a BulkError.

interface MaybeWrapped {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
  failuresByPos?: unknown;
}

export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as MaybeWrapped;
  if (err.name === 'QuotaExceededError') return true;
  if (isQuotaError(err.inner, depth + 1)) return true;
  const failures = Array.isArray(err.failures) ? err.failures : err.failuresByPos && typeof err.failuresByPos === 'object' ? Object.values(err.failuresByPos) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}
