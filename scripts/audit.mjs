#!/usr/bin/env node
// `npm run audit`: the headless auditor, run from its bundle (rebuilt first when cli/ or shared/ changed).
import { pathToFileURL } from 'node:url';
import { ensureBundle } from './build-cli.mjs';

const bundle = await ensureBundle();
const { runCli } = await import(pathToFileURL(bundle).href);
runCli(process.argv.slice(2));
