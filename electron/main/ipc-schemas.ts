// The argument schema and limits of every IPC channel in shared/ipc-contract.ts. The mapped type makes a
// missing channel a compile error.
import type {
  FileFilter,
  IpcArgs,
  IpcChannel,
  OpenFilesRequest,
  ReportPdfRequest,
  SaveFileRequest,
} from '../../shared/ipc-contract';
import { args, array, boolean, bytes, object, oneOf, optional, required, string } from './validate';

export const LIMITS = {
  /** Largest file the renderer may ask to save (an evidence bundle with scans fits well inside). */
  saveBytes: 512 * 1024 * 1024,
  /** Largest single file the open dialog reads back; bigger ones are reported as skipped. */
  openFileBytes: 128 * 1024 * 1024,
  /** All files of one open dialog together. */
  openTotalBytes: 512 * 1024 * 1024,
  openFiles: 50,
  /** Characters of report HTML (embedded images included). */
  reportHtmlChars: 64 * 1024 * 1024,
  filters: 20,
  extensionsPerFilter: 30,
} as const;

const fileFilter = object<FileFilter>({
  name: required(string({ min: 1, max: 100 })),
  extensions: required(
    array(string({ min: 1, max: 16, pattern: /^(\*|[A-Za-z0-9][A-Za-z0-9._-]*)$/ }), { max: LIMITS.extensionsPerFilter }),
  ),
});
const filters = optional(array(fileFilter, { max: LIMITS.filters }));

export const IPC_SCHEMAS: { [C in IpcChannel]: (values: unknown[]) => IpcArgs<C> } = {
  'dialog:save': args<[SaveFileRequest]>(
    object<SaveFileRequest>({
      suggestedName: required(string({ min: 1, max: 255 })),
      data: required(bytes({ max: LIMITS.saveBytes })),
      filters,
    }),
  ),
  'dialog:open': args<[OpenFilesRequest]>(
    object<OpenFilesRequest>({ filters, multiple: optional(boolean) }),
  ),
  'app:info': args<[]>(),
  'report:pdf': args<[ReportPdfRequest]>(
    object<ReportPdfRequest>({
      html: required(string({ min: 1, max: LIMITS.reportHtmlChars })),
      pageSize: optional(oneOf('A4', 'Letter')),
      landscape: optional(boolean),
    }),
  ),
};
