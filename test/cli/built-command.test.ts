// `npm run audit` runs a bundle of the CLI (scripts/audit.mjs → out/cli/main.mjs): it must say exactly what
// the source says, rebuild itself when a source file changes, and fail the same way on bad input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, ensureBundle, isStale } from '../../scripts/build-cli.mjs';
import { FIXTURES, ROOT, runCli, type CliRun } from './run-cli';

function runScript(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/audit.mjs'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled command', () => {
  beforeAll(async () => {
    await ensureBundle();
  }, 60_000);

  it('prints the same JSON, table and exit code as the source', () => {
    for (const args of [
      ['--json', path.join(FIXTURES, 'alipay-app-2023.gbk.csv')],
      [path.join(FIXTURES, 'app/revolut-incident.csv')],
    ]) {
      const built = runScript(args);
      const source = runCli(args);
      expect(built.code).toBe(source.code);
      expect(built.stdout).toBe(source.stdout);
      expect(built.stdout.length).toBeGreaterThan(100);
    }
  });

  it('fails on unusable input with one line and exit code 2, like the source', () => {
    const built = runScript([path.join(FIXTURES, 'no-such-file.csv')]);
    expect(built.code).toBe(2);
    expect(built.stderr).toBe(runCli([path.join(FIXTURES, 'no-such-file.csv')]).stderr);
    expect(built.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is stale once a source file is newer than it, and fresh after a rebuild', async () => {
    const dir = path.join(ROOT, 'out/test-stale');
    mkdirSync(dir, { recursive: true });
    const src = path.join(dir, 'source.ts');
    const bundle = path.join(dir, 'bundle.mjs');
    try {
      writeFileSync(src, 'export const answer: number = 42;\n');
      const sources = [path.relative(ROOT, src)];
      expect(isStale(bundle, sources)).toBe(true); // never built
      await ensureBundle(src, bundle, sources);
      expect(isStale(bundle, sources)).toBe(false);
      const later = new Date(Date.now() + 60_000);
      utimesSync(src, later, later);
      expect(isStale(bundle, sources)).toBe(true);
      expect(isStale(CLI_BUNDLE)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
