// Types of scripts/build-cli.mjs for the TypeScript that imports it (the benchmark, the tests).
export const ROOT: string;
export const CLI_ENTRY: string;
export const CLI_BUNDLE: string;
export function bundleEntry(entry: string, outfile: string): Promise<void>;
export function isStale(outfile: string, sources?: readonly string[]): boolean;
export function ensureBundle(entry?: string, outfile?: string, sources?: readonly string[]): Promise<string>;
