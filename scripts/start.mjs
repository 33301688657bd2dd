#!/usr/bin/env node
// `npm start`: builds and opens the desktop app. Where the Electron binary is not installed (it is
// downloaded separately, and some machines cannot), it says so and serves the same app in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath === 'string' && existsSync(electronPath)) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  spawn(electronPath, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron binary is not installed here, so the app opens in your browser instead.');
  spawn(process.execPath, ['scripts/web.mjs'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
}
