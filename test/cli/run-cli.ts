// Runs the command from its source (`tsx cli/main.ts`) and captures what a user would see; built-command.test.ts
// checks that the bundle `npm run audit` runs says the same.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const PEERS = path.resolve(ROOT, '..', 'shared/fixtures/peers');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses the --json report, failing with the command's stderr when stdout is not JSON. */
export function jsonOf(r: CliRun): Record<string, unknown> & { files: Record<string, unknown>[]; transactions: number; findings: Record<string, unknown>[] } {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)}\n${r.stderr}`);
  }
}
