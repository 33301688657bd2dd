// A small typed call protocol over postMessage between the main thread and the workers (and between two
// workers over a MessageChannel). A function as the last argument is a progress callback: the worker
// sends progress messages for it instead. Errors arrive as DataError, never as raw stacks.
import { DataError, toDataError, type DataErrorInfo } from './errors';

export interface Endpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  start?(): void;
}

type Call = { rpc: 'call'; id: number; method: string; args: unknown[]; progress: boolean };
type Reply =
  | { rpc: 'progress'; id: number; fraction: number; label: string }
  | { rpc: 'ok'; id: number; value: unknown }
  | { rpc: 'err'; id: number; error: DataErrorInfo };

type Method = (...args: unknown[]) => Promise<unknown>;

/** Answers calls on `ep` with the methods of `target`. */
export function serve(ep: Endpoint, target: object): void {
  ep.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as Call | undefined;
    if (m?.rpc !== 'call') return;
    const reply = (r: Reply): void => ep.postMessage(r);
    const fn = (target as Record<string, unknown>)[m.method];
    if (typeof fn !== 'function') {
      reply({ rpc: 'err', id: m.id, error: { kind: 'internal', message: `Unknown operation ${m.method}` } });
      return;
    }
    const args = m.progress ? [...m.args, (fraction: number, label: string) => reply({ rpc: 'progress', id: m.id, fraction, label })] : m.args;
    Promise.resolve()
      .then(() => (fn as Method).apply(target, args))
      .then(
        (value) => reply({ rpc: 'ok', id: m.id, value }),
        (err: unknown) => reply({ rpc: 'err', id: m.id, error: toDataError(err).toInfo() }),
      );
  });
  ep.start?.();
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  progress?: (fraction: number, label: string) => void;
}

/** A proxy whose methods call the same-named methods served on `ep`. */
export function connect<T extends object>(ep: Endpoint): T {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  ep.addEventListener('message', (e: MessageEvent) => {
    const r = e.data as Reply | undefined;
    if (!r || typeof r !== 'object' || !('rpc' in r)) return;
    const p = pending.get(r.id);
    if (!p) return;
    if (r.rpc === 'progress') p.progress?.(r.fraction, r.label);
    else {
      pending.delete(r.id);
      if (r.rpc === 'ok') p.resolve(r.value);
      else p.reject(new DataError(r.error));
    }
  });
  // A worker that dies (out of memory, a crash) fails every call in flight instead of leaving it hanging.
  (ep as { addEventListener(type: string, l: (e: Event) => void): void }).addEventListener('error', (e: Event) => {
    const why = e instanceof ErrorEvent && e.message ? e.message : 'it stopped unexpectedly';
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new DataError({ kind: 'internal', message: `A background task failed: ${why}. Reload the app and try again.` }));
    }
  });
  ep.start?.();
  return new Proxy({} as T, {
    get(_, method) {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const id = nextId++;
          const last = args[args.length - 1];
          const progress = typeof last === 'function' ? (last as Pending['progress']) : undefined;
          const sent = progress || (args.length && last === undefined) ? args.slice(0, -1) : args;
          pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
          ep.postMessage({ rpc: 'call', id, method, args: sent, progress: Boolean(progress) } satisfies Call);
        });
    },
  });
}
