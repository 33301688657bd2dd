// How the import side asks the query index which transaction ids are already stored. The index answers
// for the store generation it reflects, so a commit can tell when its answer went stale.

/** Per row: NEW, or already STORED with the same amount and time, or CONFLICT (same id, other values). */
export const NEW = 0;
export const STORED = 1;
export const CONFLICT = 2;

/** Separates ids in one string: a million ids cross to the index worker as one string, not a million. */
export const ID_SEPARATOR = '\u0000';

export interface LookupAnswer {
  flags: Uint8Array;
  generation: number;
}

export interface DuplicateLookup {
  /** `ids` joined with ID_SEPARATOR (cells never hold NUL: the importer removes it). */
  lookup(ids: string, amounts: Float64Array, times: Float64Array): Promise<LookupAnswer>;
  /** Catch up with the store (after a commit); resolves when the index reflects it. */
  sync(): Promise<void>;
}
