#!/usr/bin/env node
// Builds the renderer and serves it at http://127.0.0.1:$PORT/ so the app runs in any Chromium.
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '5173';
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`Wallet Auditor: http://127.0.0.1:${port}/`);
spawn('npx', ['vite', 'preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
  stdio: 'inherit',
}).on('exit', (code) => process.exit(code ?? 0));
