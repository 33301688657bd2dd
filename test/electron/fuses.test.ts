// The fuse config, and the packaging script run for real against a stand-in binary: a file holding
// Electron's fuse sentinel and a schema-v1 wire with Electron 45's nine default fuse states.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { FUSE_CONFIG, fuseMismatches } from '../../electron/fuses';

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts', 'flip-fuses.mjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// run_as_node 1, cookie_encryption 0, node_options 1, node_cli_inspect 1, asar_integrity 0,
// only_load_from_asar 0, v8_snapshot 0, file_protocol_extra_privileges 1, wasm_trap_handlers 1
const DEFAULT_WIRE = '101100011';

const dir = mkdtempSync(path.join(tmpdir(), 'wa-fuses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBinary(name: string, wire = DEFAULT_WIRE): string {
  const p = path.join(dir, name);
  const head = Buffer.alloc(4096, 0x90);
  const fuse = Buffer.concat([Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, wire.length]), Buffer.from(wire, 'ascii')]);
  writeFileSync(p, Buffer.concat([head, fuse, Buffer.alloc(4096, 0xcc)]));
  return p;
}

function wireOf(file: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + (bytes[at + 1] ?? 0)).toString('ascii');
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('FUSE_CONFIG', () => {
  it.each([
    [FuseV1Options.RunAsNode, false],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    [FuseV1Options.EnableNodeCliInspectArguments, false],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    [FuseV1Options.OnlyLoadAppFromAsar, true],
    [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
    [FuseV1Options.EnableCookieEncryption, true],
  ])('fuse %s is %s', (fuse, value) => {
    expect(FUSE_CONFIG[fuse]).toBe(value);
  });

  it('is a schema v1 config', () => {
    expect(FUSE_CONFIG.version).toBe(FuseVersion.V1);
  });
});

describe('fuseMismatches', () => {
  const wire = (s: string) => Object.fromEntries([...s].map((c, i) => [i, c.charCodeAt(0)]));

  it('is empty for a wire set exactly as configured, whatever the unconfigured fuses hold', () => {
    expect(fuseMismatches(wire('010011000'))).toEqual([]);
    expect(fuseMismatches(wire('010011001'))).toEqual([]);
  });

  it('names every fuse left at its default', () => {
    expect(fuseMismatches(wire(DEFAULT_WIRE))).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]);
  });

  it('treats a missing or removed fuse as wrong', () => {
    expect(fuseMismatches(wire('0100'))).toContain('EnableEmbeddedAsarIntegrityValidation');
    expect(fuseMismatches(wire('r10011000'))).toEqual(['RunAsNode']);
  });
});

describe('scripts/flip-fuses.mjs', () => {
  it('flips the configured fuses, leaves the rest, and verifies the result', async () => {
    const bin = fakeBinary('wallet-auditor');
    const before = readFileSync(bin);
    const r = run(bin);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('all configured fuses now set');
    expect(wireOf(bin)).toBe('010011001');
    // Only the wire changed.
    const after = readFileSync(bin);
    expect(after.length).toBe(before.length);
    expect([...after].filter((b, i) => b !== before[i])).toHaveLength(7);
    expect(fuseMismatches(await getCurrentFuseWire(bin))).toEqual([]);
    expect(run('--check', bin).status).toBe(0);
  });

  it('--check fails on an unflipped binary and names the fuses, changing nothing', () => {
    const bin = fakeBinary('unflipped');
    const r = run('--check', bin);
    expect(r.status).toBe(1);
    expect(r.err).toContain('not as configured: RunAsNode, EnableCookieEncryption');
    expect(wireOf(bin)).toBe(DEFAULT_WIRE);
  });

  it('reports a file that is not an Electron binary without a stack trace', () => {
    const p = path.join(dir, 'not-electron');
    writeFileSync(p, 'hello');
    const r = run(p);
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(
      'flip-fuses: Could not find sentinel in the provided Electron binary, fuses are only supported in Electron 12 and higher',
    );
  });

  it.each([[[]], [['a', 'b']], [['--check']], [[path.join(dir, 'missing')]]])('refuses the arguments %j with exit 2', (args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/usage: flip-fuses|no such file/);
  });
});
