// The real command writing and checking an evidence bundle: `--bundle out.zip --case case.json` and
// `verify out.zip`, with the JSON report still one clean object on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { FIXTURES, jsonOf, runCli } from './run-cli';
import { caseFolder } from './bundle-fixtures';

const statement = path.join(FIXTURES, 'cli', 'revolut-jan.csv');
let dir = '';
let casePath = '';
let out = '';

beforeAll(async () => {
  const f = await caseFolder();
  dir = f.dir;
  casePath = f.casePath;
  out = path.join(f.out, 'evidence.zip');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wallet-audit --bundle and verify', () => {
  it('writes the bundle with the original statement and the case, and keeps --json clean', () => {
    const r = runCli(['--json', '--bundle', out, '--case', casePath, statement], { SOURCE_DATE_EPOCH: '1710892800' });
    expect(r.code).toBe(0);
    expect(jsonOf(r).transactions).toBe(4);
    expect(r.stderr).toMatch(/evidence bundle written to .*evidence\.zip .*fingerprint [0-9a-f]{64}/);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
    expect(names.some((n) => n.endsWith('data/originals/revolut-jan.csv'))).toBe(true);
    expect(names.some((n) => n.endsWith('data/attachments/passport.png'))).toBe(true);
  });

  it('verify says OK for the bundle and exits 0; a damaged copy exits non-zero', () => {
    const ok = runCli(['verify', out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: /);
    const bytes = readFileSync(out);
    const broken = path.join(dir, 'broken.zip');
    writeFileSync(broken, bytes.subarray(0, bytes.length >> 1));
    const bad = runCli(['verify', broken]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr + bad.stdout).not.toMatch(/\n\s+at /);
  });

  it('verify --json gives the machine-readable result', () => {
    const j = JSON.parse(runCli(['verify', '--json', out]).stdout) as { version: number; valid: boolean };
    expect(j).toMatchObject({ version: 1, valid: true });
  });

  it.each([
    [['verify', 'no-such.zip'], /^wallet-audit: no-such\.zip: cannot be read: no such file/],
    [['--bundle', 'no-such-folder/out.zip', 'test/fixtures/cli/revolut-jan.csv'], /^wallet-audit: no-such-folder\/out\.zip: the folder .* does not exist/],
  ])('%j exits 2 with one clear line', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a case file with problems stops the run, naming the file', () => {
    const bad = path.join(dir, 'bad-case.json');
    writeFileSync(bad, '{ "platform": 42 }');
    const r = runCli(['--bundle', path.join(dir, 'x.zip'), '--case', bad, statement]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^wallet-audit: ${bad.replace(/[.\\/]/g, '\\$&')}: the case file has`));
  });
});
