// Native open and save dialogs. The main process picks every path with the user; the renderer only ever
// sees bare file names and bytes.
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type {
  OpenedFile,
  OpenFilesRequest,
  OpenFilesResult,
  SaveFileRequest,
  SaveFileResult,
  SkippedFile,
} from '../../shared/ipc-contract';
import { LIMITS } from './ipc-schemas';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A suggested name made safe as a bare file name on every platform; never a path. */
export function safeFileName(suggested: string): string {
  let name = suggested
    .normalize('NFC')
    // Separators and characters Windows forbids; controls and bidi overrides that disguise extensions.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > 150) {
    const ext = path.extname(name).slice(0, 20);
    name = name.slice(0, 150 - ext.length) + ext;
  }
  return name === '' ? 'export' : name;
}

function defaultDirectory(): string {
  try {
    return app.getPath('documents');
  } catch {
    return '';
  }
}

/** Writes next to the target and renames over it, so a failed save never leaves a half-written file. */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`Could not save ${path.basename(target)} (${code})`);
  }
}

export async function saveFile(win: BrowserWindow, req: SaveFileRequest): Promise<SaveFileResult> {
  const result = await dialog.showSaveDialog(win, {
    defaultPath: path.join(defaultDirectory(), safeFileName(req.suggestedName)),
    ...(req.filters ? { filters: req.filters } : {}),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFileAtomically(result.filePath, req.data);
  return { saved: true, name: path.basename(result.filePath) };
}

/** Reads at most `cap` bytes; undefined when the file turns out bigger (it may grow after stat). */
export async function readCapped(file: string, cap: number): Promise<Uint8Array | undefined> {
  const handle = await open(file, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1024 * 1024, cap + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > cap) return undefined;
      chunks.push(chunk.subarray(0, bytesRead));
    }
    // A fresh buffer of exactly the file's size: nothing else from this process's memory crosses IPC.
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  } finally {
    await handle.close();
  }
}

export type OpenLimits = Record<'openFiles' | 'openFileBytes' | 'openTotalBytes', number>;

export async function openFiles(
  win: BrowserWindow,
  req: OpenFilesRequest,
  limits: OpenLimits = LIMITS,
): Promise<OpenFilesResult> {
  const result = await dialog.showOpenDialog(win, {
    ...(req.filters ? { filters: req.filters } : {}),
    properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled || result.filePaths.length === 0) return { canceled: true };
  const files: OpenedFile[] = [];
  const skipped: SkippedFile[] = [];
  let total = 0;
  for (const [index, file] of result.filePaths.entries()) {
    const name = path.basename(file);
    if (index >= limits.openFiles) {
      skipped.push({ name, reason: 'too-many-files' });
      continue;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) {
        skipped.push({ name, reason: 'not-a-file' });
        continue;
      }
      if (info.size > limits.openFileBytes) {
        skipped.push({ name, reason: 'too-large', size: info.size });
        continue;
      }
      if (total + info.size > limits.openTotalBytes) {
        skipped.push({ name, reason: 'total-too-large', size: info.size });
        continue;
      }
      const bytes = await readCapped(file, Math.min(limits.openFileBytes, limits.openTotalBytes - total));
      if (bytes === undefined) {
        skipped.push({ name, reason: 'too-large' });
        continue;
      }
      total += bytes.length;
      files.push({ name, bytes });
    } catch {
      skipped.push({ name, reason: 'unreadable' });
    }
  }
  return { canceled: false, files, skipped };
}
