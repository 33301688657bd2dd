// What every small Dexie-backed store shares: errors turned into DataError (quota, aborts) and listeners
// told once a write has committed.
import { toDataError } from './errors';

export interface StoreWrites {
  /** Runs a read, turning storage failures into DataError. */
  guard<T>(work: () => Promise<T>): Promise<T>;
  /** Runs a write and tells subscribers once it has committed. */
  write<T>(work: () => Promise<T>): Promise<T>;
  subscribe(listener: () => void): () => void;
}

export function createStoreWrites(): StoreWrites {
  const listeners = new Set<() => void>();
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw toDataError(e);
    }
  };
  return {
    guard,
    async write(work) {
      const result = await guard(work);
      for (const l of [...listeners]) l();
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
