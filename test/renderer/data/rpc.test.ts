import { describe, expect, it } from 'vitest';
import { connect, serve, type Endpoint } from '../../../renderer/src/data/rpc';
import { DataError } from '../../../renderer/src/data/errors';
import { ImportError } from '../../../shared/importing/errors';

interface Service {
  add(a: number, b: number): Promise<number>;
  slow(steps: number, onProgress?: (f: number, label: string) => void): Promise<string>;
  fail(): Promise<void>;
  bytes(x: Float64Array): Promise<number>;
}

function pair(): Service {
  const { port1, port2 } = new MessageChannel();
  serve(port1 as unknown as Endpoint, {
    add: async (a: number, b: number) => a + b,
    async slow(steps: number, onProgress?: (f: number, label: string) => void) {
      for (let i = 1; i <= steps; i++) onProgress?.(i / steps, `step ${i}`);
      return 'done';
    },
    fail: async () => {
      throw new ImportError('x.csv', 'the file is empty');
    },
    bytes: async (x: Float64Array) => x.reduce((s, v) => s + v, 0),
  });
  return connect<Service>(port2 as unknown as Endpoint);
}

describe('worker calls', () => {
  it('returns results, including for typed arrays', async () => {
    const s = pair();
    expect(await s.add(2, 3)).toBe(5);
    expect(await s.bytes(Float64Array.of(1.5, 2.5))).toBe(4);
  });

  it('delivers progress before the result', async () => {
    const s = pair();
    const seen: string[] = [];
    expect(await s.slow(3, (f, label) => seen.push(`${f.toFixed(2)} ${label}`))).toBe('done');
    expect(seen).toEqual(['0.33 step 1', '0.67 step 2', '1.00 step 3']);
  });

  it('turns errors into DataError with the user-facing message and kind', async () => {
    const s = pair();
    const err = await s.fail().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ kind: 'invalid-file', message: 'x.csv: the file is empty' });
  });

  it('reports an unknown operation instead of hanging', async () => {
    const s = pair() as unknown as { nope(): Promise<void> };
    await expect(s.nope()).rejects.toMatchObject({ kind: 'internal', message: 'Unknown operation nope' });
  });
});
