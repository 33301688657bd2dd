// The main process and the preload must hold no networking API: Node's sockets and HTTP bypass the
// session's request filter entirely. Lint bans the Node modules; this also catches electron's `net`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../electron');
const BANNED_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'child_process', 'ws'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

function importedModules(code: string): string[] {
  const found = [...code.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)];
  return found.map((m) => (m[1] ?? '').replace(/^node:/, ''));
}

function electronImports(code: string): string[] {
  return [...code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]electron['"]/g)].flatMap((m) =>
    (m[1] ?? '').split(',').map((s) => s.trim().split(/\s+as\s+/)[0] ?? ''),
  );
}

/** Comments may name what the code avoids; only code counts. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

const files = sources(ROOT);

describe('no networking in electron/', () => {
  it('finds the shell sources', () => {
    expect(files.map((f) => path.relative(ROOT, f))).toEqual(
      expect.arrayContaining(['main/index.ts', 'main/security.ts', 'main/protocol.ts', 'preload/index.ts']),
    );
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s imports no network module', (_rel, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    const banned = importedModules(code).filter((m) => BANNED_MODULES.includes(m.split('/')[0] ?? ''));
    expect(banned).toEqual([]);
    expect(electronImports(code)).not.toContain('net');
    expect(code).not.toMatch(/\bnet\.(fetch|request)\b|\bfetch\s*\(|\bnew\s+WebSocket\b|\bXMLHttpRequest\b/);
  });

  it('the scanner itself notices a banned import', () => {
    expect(importedModules("import https from 'node:https';\nconst x = require('dns');")).toEqual(['https', 'dns']);
    expect(electronImports("import { app, net as n } from 'electron';")).toContain('net');
    expect(withoutComments("// net.fetch is avoided\nconst a = 1; /* fetch( */")).not.toMatch(/fetch/);
    expect(withoutComments('const r = net.fetch(u); // ok')).toMatch(/net\.fetch/);
  });
});
