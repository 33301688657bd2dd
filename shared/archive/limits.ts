// Limits that keep a hostile archive (zip bomb, entry flood) from exhausting memory. Declared sizes can
// lie, so readers also count the bytes they really inflate.

export const ARCHIVE_LIMITS = {
  maxEntries: 1000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  /** Inflate ratio above which an entry is treated as a bomb (XML compresses ~10–30:1). */
  maxRatio: 200,
};

/** Throws (via `fail`) when an entry's declared sizes break the limits. */
export function checkDeclared(
  entry: { name: string; compressedSize: number; uncompressedSize: number },
  fail: (why: string) => never,
): void {
  if (entry.uncompressedSize > ARCHIVE_LIMITS.maxEntryBytes) {
    fail(`"${entry.name}" would unpack to ${entry.uncompressedSize} bytes, more than the ${ARCHIVE_LIMITS.maxEntryBytes} allowed`);
  }
  if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > ARCHIVE_LIMITS.maxRatio) {
    fail(`"${entry.name}" is compressed ${Math.round(entry.uncompressedSize / entry.compressedSize)}:1, which only a zip bomb does`);
  }
}

/** Counts real output bytes across entries and stops at the limits. */
export class ByteBudget {
  private total = 0;
  constructor(private readonly fail: (why: string) => never) {}
  add(entryName: string, entrySoFar: number, chunk: number): void {
    this.total += chunk;
    if (entrySoFar > ARCHIVE_LIMITS.maxEntryBytes) this.fail(`"${entryName}" unpacks to more than ${ARCHIVE_LIMITS.maxEntryBytes} bytes`);
    if (this.total > ARCHIVE_LIMITS.maxTotalBytes) this.fail(`the archive unpacks to more than ${ARCHIVE_LIMITS.maxTotalBytes} bytes`);
  }
}
