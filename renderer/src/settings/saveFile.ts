// Saving a file the user asked for: the desktop app's native save dialog when the preload bridge is there,
// otherwise an ordinary browser download.
import type { FileFilter, WalletAuditorApi } from '../../../shared/ipc-contract';

function bridge(): WalletAuditorApi | undefined {
  return (globalThis as { walletAuditor?: WalletAuditorApi }).walletAuditor;
}

/** `wallet-auditor-backup-2026-11-27.json`, or `.json.age` when it is encrypted (what the `age` tool expects). */
export function backupFileName(now: Date, encrypted: boolean): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `wallet-auditor-backup-${day}.json${encrypted ? '.age' : ''}`;
}

/** Returns the name or path it was saved under, or `undefined` when the user cancelled the dialog. */
export async function saveFile(blob: Blob, suggestedName: string, filters?: FileFilter[]): Promise<string | undefined> {
  const native = bridge();
  if (native) {
    const result = await native.saveFile({
      suggestedName,
      data: new Uint8Array(await blob.arrayBuffer()),
      ...(filters ? { filters } : {}),
    });
    return result.saved ? result.name : undefined;
  }
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return suggestedName;
}
