// `npm run bench` at a small size, so the benchmark cannot rot unnoticed: it must build the CLI, generate
// its export, run its three processes and print every figure. Nothing here judges a time (the figures at
// this size are mostly start-up); the targets are the full-size benchmark's.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

describe('the import benchmark', () => {
  it('runs end to end on a small export and prints each figure', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/import-bench.ts', '--rows', '5000', '--runs', '1'], {
      cwd: ROOT, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    for (const label of ['papaparse raw parse', 'CLI import (--json --no-rules', 'CLI full run (--json']) {
      expect(r.stdout).toMatch(new RegExp(`${label.replace(/[()-]/g, '\\$&')}.*\\d+\\.\\d\\d s wall`));
    }
    expect(r.stdout).toMatch(/CLI import \/ raw parse: \d+\.\d\d× wall/);
    expect(r.stdout).toMatch(/peak RSS \(CLI import and full run\): \d+ MB/);
    expect(r.stdout).toMatch(/5,000 rows/);
  }, 120_000);
});
