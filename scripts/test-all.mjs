#!/usr/bin/env node
// The one test command: typecheck, lint, unit tests (vitest) and end-to-end tests (Playwright in Debian's
// Chromium, against the built renderer). Ends with one line `N passed, N failed` summing every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    console.log(`${label} FAILED`);
  }
}

check('typecheck', 'npm', ['run', '-s', 'typecheck']);
check('lint', 'npx', ['eslint', '.']);

const vitestOut = 'test-results/vitest.json';
const unitOk = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`]);
if (existsSync(vitestOut)) {
  const r = JSON.parse(readFileSync(vitestOut, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (!unitOk && r.numFailedTests === 0) failed++; // a suite that failed to load
} else if (!unitOk) failed++;

const buildOk = run('build', 'npx', ['electron-vite', 'build']);
if (!buildOk) failed++;
else {
  const pwOut = 'test-results/playwright.json';
  const e2eOk = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
  if (existsSync(pwOut)) {
    const s = JSON.parse(readFileSync(pwOut, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    skipped += s.skipped;
    if (!e2eOk && s.unexpected === 0) failed++;
  } else if (!e2eOk) failed++;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
