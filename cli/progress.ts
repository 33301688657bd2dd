// A one-line progress bar on stderr for big files, redrawn in place. Only on a terminal (or when asked
// with --progress), so logs and pipes never fill with carriage returns.

export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export interface ProgressSink {
  update(file: string, size: number, fraction: number): void;
  done(file: string): void;
}

interface Stream {
  write(s: string): unknown;
  columns?: number;
}

/** `always`: draw for every file, whatever its size (--progress); otherwise only for files ≥ PROGRESS_MIN_BYTES. */
export function createProgress(stream: Stream, always: boolean): ProgressSink {
  let shown = '';
  let lastPercent = -1;
  return {
    update(file, size, fraction) {
      if (!always && size < PROGRESS_MIN_BYTES) return;
      const percent = Math.min(100, Math.floor(fraction * 100));
      if (file === shown && percent === lastPercent) return;
      shown = file;
      lastPercent = percent;
      const cols = Math.max(40, Math.min(stream.columns ?? 80, 120));
      const barWidth = 24;
      const filled = Math.round((percent / 100) * barWidth);
      const label = `${(size / 2 ** 20).toFixed(1)} MB ${percent.toString().padStart(3)}%`;
      const room = cols - barWidth - label.length - 6;
      const name = file.length > room ? `…${file.slice(-(room - 1))}` : file;
      stream.write(`\r${name} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${label}\x1b[K`);
    },
    done(file) {
      if (shown !== file) return;
      stream.write('\r\x1b[K');
      shown = '';
      lastPercent = -1;
    },
  };
}
