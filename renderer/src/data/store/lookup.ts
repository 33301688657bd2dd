// How the import side asks the query index which transaction ids are already stored. The index answers
// for the store generation it reflects, so a commit can tell when its answer went stale.

/** Per row: NEW, or already STORED with the same amount and time, or CONFLICT (same id, other values). */
export const NEW = 0;
export const STORED = 1;
export const CONFLICT = 2;

export interface LookupAnswer {
  flags: Uint8Array;
  generation: number;
}

export interface DuplicateLookup {
  lookup(ids: string[], amounts: Float64Array, times: Float64Array): Promise<LookupAnswer>;
}
