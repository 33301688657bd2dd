import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { dialog } from '../electron-mock';
import { openFiles, readCapped, safeFileName, writeFileAtomically } from '../../../electron/main/file-dialogs';

vi.mock('electron', () => import('../electron-mock'));

const dir = mkdtempSync(path.join(tmpdir(), 'wa-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const win = {} as BrowserWindow;

function file(name: string, size: number, fill = 0x61): string {
  const p = path.join(dir, name);
  writeFileSync(p, Buffer.alloc(size, fill));
  return p;
}

describe('safeFileName', () => {
  it.each([
    ['evidence-bundle.zip', 'evidence-bundle.zip'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['C:\\Windows\\win.ini', 'C__Windows_win.ini'],
    ['/abs/path.zip', '_abs_path.zip'],
    ['.bashrc', 'bashrc'],
    ['report.pdf.', 'report.pdf'],
    ['   ', 'export'],
    ['', 'export'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['a\u0000b\nc.csv', 'a_b_c.csv'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
    ['支付宝账单.csv', '支付宝账单.csv'],
    ['a:b*c?d"e<f>g|h', 'a_b_c_d_e_f_g_h'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = safeFileName(`${'x'.repeat(300)}.zip`);
    expect(name.length).toBe(150);
    expect(name.endsWith('.zip')).toBe(true);
  });
});

describe('writeFileAtomically', () => {
  it('replaces an existing file in one step and leaves no temporary file', async () => {
    const target = file('replace.bin', 3);
    await writeFileAtomically(target, new Uint8Array([1, 2]));
    expect([...(await import('node:fs')).readFileSync(target)]).toEqual([1, 2]);
    expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
  });

  it('fails with a clear, path-less message when the directory is missing', async () => {
    await expect(writeFileAtomically(path.join(dir, 'missing', 'out.zip'), new Uint8Array(1))).rejects.toThrow(
      /^Could not save out\.zip \(ENOENT\)$/,
    );
  });

  it('removes its temporary file when the final rename fails', async () => {
    // A directory in the way: the temporary file is written, the rename over the directory fails.
    const parent = path.join(dir, 'rename-fails');
    mkdirSync(path.join(parent, 'taken.zip'), { recursive: true });
    await expect(writeFileAtomically(path.join(parent, 'taken.zip'), new Uint8Array([1]))).rejects.toThrow(
      /^Could not save taken\.zip \(E[A-Z]+\)$/,
    );
    expect(readdirSync(parent)).toEqual(['taken.zip']);
  });
});

describe('readCapped', () => {
  it('reads a file up to the cap into an exact-size buffer', async () => {
    const p = file('small.csv', 5000, 0x62);
    const bytes = await readCapped(p, 5000);
    expect(bytes?.byteLength).toBe(5000);
    expect(bytes?.buffer.byteLength).toBe(5000);
    expect(bytes?.every((b) => b === 0x62)).toBe(true);
  });

  it('returns undefined for a file one byte over the cap', async () => {
    expect(await readCapped(file('over.csv', 5001), 5000)).toBeUndefined();
  });

  it('reads an empty file', async () => {
    expect(await readCapped(file('empty.csv', 0), 10)).toEqual(new Uint8Array(0));
  });
});

describe('openFiles', () => {
  const limits = { openFiles: 3, openFileBytes: 100, openTotalBytes: 150 };
  beforeEach(() => vi.clearAllMocks());

  it('returns canceled when the user closes the dialog', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFiles(win, {}, limits)).toEqual({ canceled: true });
  });

  it('asks for one file unless multiple is set, with the given filters', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await openFiles(win, {}, limits);
    await openFiles(win, { multiple: true, filters: [{ name: 'CSV', extensions: ['csv'] }] }, limits);
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toEqual({ properties: ['openFile'] });
    expect(dialog.showOpenDialog.mock.calls[1]?.[1]).toEqual({
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('reads the picked files and reports each one it skipped, with the reason', async () => {
    const sub = path.join(dir, 'a-directory');
    mkdirSync(sub, { recursive: true });
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [
        file('one.csv', 60, 0x31),
        file('big.csv', 101),
        sub,
        path.join(dir, 'vanished.csv'),
        file('two.csv', 80, 0x32),
        file('three.csv', 10, 0x33),
      ],
    });
    const result = await openFiles(win, { multiple: true }, limits);
    if (result.canceled) throw new Error('expected files');
    expect(result.files.map((f) => [f.name, f.bytes.length])).toEqual([['one.csv', 60]]);
    expect(result.files[0]?.bytes.every((b) => b === 0x31)).toBe(true);
    expect(result.skipped).toEqual([
      { name: 'big.csv', reason: 'too-large', size: 101 },
      { name: 'a-directory', reason: 'not-a-file' },
      { name: 'vanished.csv', reason: 'too-many-files' },
      { name: 'two.csv', reason: 'too-many-files' },
      { name: 'three.csv', reason: 'too-many-files' },
    ]);
  });

  it('stops at the total size and reports unreadable files', async () => {
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [file('t1.csv', 90), path.join(dir, 'nope.csv'), file('t2.csv', 90)],
    });
    const result = await openFiles(win, { multiple: true }, limits);
    if (result.canceled) throw new Error('expected files');
    expect(result.files.map((f) => f.name)).toEqual(['t1.csv']);
    expect(result.skipped).toEqual([
      { name: 'nope.csv', reason: 'unreadable' },
      { name: 't2.csv', reason: 'total-too-large', size: 90 },
    ]);
  });

  it('never returns a path, only bare names', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file('n.csv', 3)] });
    const result = await openFiles(win, {}, limits);
    expect(JSON.stringify(result)).not.toContain(dir);
  });
});
