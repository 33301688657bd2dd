#!/usr/bin/env node
// `npm start`: builds and opens the desktop app. Where the Electron binary is not installed (it is
// downloaded separately, and some machines cannot), it says so and serves the same app in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read electron's path.txt ourselves: require('electron') would try to download a missing binary.
const dir = 'node_modules/electron';
const name = existsSync(join(dir, 'path.txt')) ? readFileSync(join(dir, 'path.txt'), 'utf8').trim() : '';
const electronPath = name ? join(dir, 'dist', name) : '';
if (electronPath && existsSync(electronPath)) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  spawn(electronPath, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron binary is not installed here, so the app opens in your browser instead.');
  spawn(process.execPath, ['scripts/web.mjs'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
}
