// The typed contract between the desktop shell's main process and its renderer. Types only: the preload and
// the main process both import it with `import type`, so no code crosses from one side to the other.
//
// The renderer never sends a file path. The main process chooses every path through a native dialog and
// only ever returns bare file names, so a compromised renderer cannot name a file to read or overwrite.

/** A native dialog filter, e.g. `{ name: 'CSV', extensions: ['csv'] }`. Extensions have no dot; `*` = any. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Proposed file name (no directories; the main process strips anything path-like). */
  suggestedName: string;
  /** The whole file. Pass a `Uint8Array` (`new Uint8Array(await blob.arrayBuffer())` for a Blob). */
  data: Uint8Array;
  filters?: FileFilter[];
}

/** `name` is the bare name the user chose; the directory stays in the main process. */
export type SaveFileResult = { saved: true; name: string } | { saved: false };

export interface OpenFilesRequest {
  filters?: FileFilter[];
  /** Let the user pick several files at once. */
  multiple?: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export type SkipReason = 'too-large' | 'too-many-files' | 'total-too-large' | 'not-a-file' | 'unreadable';

export interface SkippedFile {
  name: string;
  reason: SkipReason;
  /** Size in bytes when it was known. */
  size?: number;
}

export type OpenFilesResult =
  | { canceled: true }
  | { canceled: false; files: OpenedFile[]; skipped: SkippedFile[] };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  electron: string;
  chrome: string;
  packaged: boolean;
}

export interface ReportPdfRequest {
  /** The complete report document. It is printed with JavaScript disabled and no network. */
  html: string;
  pageSize?: 'A4' | 'Letter';
  landscape?: boolean;
}

/** Every invoke channel: its arguments (as a tuple) and what it resolves to. */
export interface IpcContract {
  'dialog:save': { args: [SaveFileRequest]; result: SaveFileResult };
  'dialog:open': { args: [OpenFilesRequest]; result: OpenFilesResult };
  'app:info': { args: []; result: AppInfo };
  'report:pdf': { args: [ReportPdfRequest]; result: Uint8Array };
}

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** The one object the preload exposes on `window.walletAuditor`; every member is a plain function. */
export interface WalletAuditorApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request?: OpenFilesRequest): Promise<OpenFilesResult>;
  appInfo(): Promise<AppInfo>;
  printReportToPdf(request: ReportPdfRequest): Promise<Uint8Array>;
}

/** The global name of that object. Absent in a plain browser, so renderer code checks for it. */
export type WalletAuditorGlobal = 'walletAuditor';
