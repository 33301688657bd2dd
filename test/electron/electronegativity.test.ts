// Electronegativity (Doyensec's static checker for Electron apps) as a gate. It always exits 0 and reports
// through its runner, so this test calls the runner and fails on any finding in the deny-set of the
// project's security notes that is not a manual-review note. A deliberately bad window checks that the
// tool really reads TypeScript here, so a silent pass cannot hide a broken gate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Issue {
  id: string;
  file: string;
  location: { line: number };
  manualReview: boolean;
}
type Run = (opts: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: unknown[] }>;

const require = createRequire(import.meta.url);
const runner = require('@doyensec/electronegativity/dist/runner.js') as Run | { default: Run };
const run: Run = typeof runner === 'function' ? runner : runner.default;
const ROOT = path.resolve(__dirname, '../..');

/** Checks whose findings fail the build (the rest, such as PRELOAD, are notes to read). */
const DENY = [
  /^CONTEXT_ISOLATION_/, /^NODE_INTEGRATION_/, /^SANDBOX_/, /^WEB_SECURITY_/, /^INSECURE_CONTENT_/, /^HTTP_RESOURCES_/,
  /^EXPERIMENTAL_FEATURES_/, /^BLINK_FEATURES_/, /^CERTIFICATE_/, /^DANGEROUS_FUNCTIONS_/, /^REMOTE_MODULE_/,
  /^SECURITY_WARNINGS_DISABLED_/, /^CUSTOM_ARGUMENTS_/, /^ALLOWPOPUPS_/, /^AUXCLICK_/, /^OPEN_EXTERNAL_/,
  /^LIMIT_NAVIGATION_GLOBAL/, /^PERMISSION_REQUEST_HANDLER_GLOBAL/, /^CSP_GLOBAL/,
];

function scan(input: string): ReturnType<Run> {
  // The Electron-releases check needs the network, which the app's builds do not have.
  return run({ input, isRelative: true, severitySet: 'informational', confidenceSet: 'tentative', excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] });
}

const blocking = (issues: Issue[]): string[] =>
  issues.filter((i) => DENY.some((d) => d.test(i.id)) && !i.manualReview).map((i) => `${i.id} ${i.file}:${i.location.line}`);

describe('Electronegativity', () => {
  it('finds nothing in the deny-set in the project (build output aside: it is made from these sources)', async () => {
    const r = await scan(ROOT);
    expect(r.errors).toEqual([]);
    expect(blocking(r.issues.filter((i) => !i.file.startsWith('out/')))).toEqual([]);
  }, 120_000);

  it('flags a window with unsafe webPreferences, so the gate above can fail', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wa-eng-'));
    try {
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bad', devDependencies: { electron: '45.5.0' } }));
      writeFileSync(path.join(dir, 'main.ts'), [
        "import { BrowserWindow } from 'electron';",
        'export const w: BrowserWindow = new BrowserWindow({',
        '  webPreferences: { contextIsolation: false, sandbox: false, nodeIntegration: true, webSecurity: false },',
        '});',
      ].join('\n'));
      const { issues } = await scan(dir);
      const ids = new Set(issues.map((i) => i.id));
      for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']) expect(ids).toContain(id);
      expect(blocking(issues).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
