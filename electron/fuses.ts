// Electron fuses for packaged builds: switches compiled into the binary that no command-line flag or
// environment variable can turn back. scripts/flip-fuses.mjs applies this config to a packaged app and
// reads it back; the packaging step runs it (`npm run package:fuses -- <app>`).
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { FuseV1Config } from '@electron/fuses';

export const FUSE_CONFIG = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE=1 would turn the signed app into a general Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // No cookies are kept; harmless, and encrypts any that a future feature might set.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and SIGUSR1 would open a debugger into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Together: only the validated app.asar is ever loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://; file pages get no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} satisfies FuseV1Config;

/** Fuse states as stored in the binary's fuse wire: ASCII '0' and '1'. */
const DISABLED = 48;
const ENABLED = 49;

/** Names of the configured fuses whose state in a read-back wire differs from FUSE_CONFIG. */
export function fuseMismatches(wire: Record<string, unknown>, config: FuseV1Config = FUSE_CONFIG): string[] {
  const wrong: string[] = [];
  for (const [key, wanted] of Object.entries(config)) {
    const index = Number(key);
    if (!Number.isInteger(index) || typeof wanted !== 'boolean') continue;
    if (wire[index] !== (wanted ? ENABLED : DISABLED)) wrong.push(FuseV1Options[index] ?? `fuse ${index}`);
  }
  return wrong;
}
