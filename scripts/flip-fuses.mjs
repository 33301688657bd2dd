#!/usr/bin/env node
// Flips the Electron fuses of a packaged app to electron/fuses.ts and reads them back; exits non-zero when
// any fuse is not as configured. Run by the packaging step, on the packaged executable (or the .app):
//   npm run package:fuses -- <path-to-packaged-app>          flip, then verify
//   npm run package:fuses -- --check <path-to-packaged-app>  verify only (release runners)
// It needs a real packaged binary; the unpackaged development binary keeps its defaults.
import { existsSync } from 'node:fs';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FUSE_CONFIG, fuseMismatches } from '../electron/fuses.ts';

const USAGE = 'usage: flip-fuses [--check] <path-to-packaged-app>';

async function main(argv) {
  const check = argv.includes('--check');
  const rest = argv.filter((a) => a !== '--check');
  if (rest.length !== 1 || rest[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const target = rest[0];
  if (!existsSync(target)) {
    console.error(`flip-fuses: ${target}: no such file`);
    return 2;
  }
  if (!check) {
    // Flipping fuses breaks the ad-hoc signature that arm64 macOS requires; re-sign ad hoc there.
    const resetAdHocDarwinSignature = process.platform === 'darwin' && process.arch === 'arm64';
    await flipFuses(target, { ...FUSE_CONFIG, resetAdHocDarwinSignature });
  }
  const wrong = fuseMismatches(await getCurrentFuseWire(target));
  if (wrong.length > 0) {
    console.error(`flip-fuses: ${target}: not as configured: ${wrong.join(', ')}`);
    return 1;
  }
  console.log(`flip-fuses: ${target}: all configured fuses ${check ? 'are' : 'now'} set`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`flip-fuses: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
