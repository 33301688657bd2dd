// What the store's libraries expect from a browser or worker, for Node: IndexedDB (fake-indexeddb),
// `self` (dexie-export-import reads it at load time) and FileReader (it reads Blobs with one).
import 'fake-indexeddb/auto';

const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;

if (!g.FileReader) {
  class NodeFileReader {
    result: ArrayBuffer | string | null = null;
    onload: ((ev: { target: NodeFileReader }) => void) | null = null;
    onerror: ((ev: { target: NodeFileReader }) => void) | null = null;
    onabort: (() => void) | null = null;
    error: unknown = null;
    private readonly listeners: Record<string, ((ev: { target: NodeFileReader }) => void)[]> = {};
    addEventListener(type: string, l: (ev: { target: NodeFileReader }) => void): void {
      (this.listeners[type] ??= []).push(l);
    }
    private done(type: 'load' | 'error'): void {
      const ev = { target: this };
      (type === 'load' ? this.onload : this.onerror)?.(ev);
      for (const l of this.listeners[type] ?? []) l(ev);
    }
    readAsArrayBuffer(blob: Blob): void {
      blob.arrayBuffer().then((b) => ((this.result = b), this.done('load')), (e: unknown) => ((this.error = e), this.done('error')));
    }
    readAsBinaryString(blob: Blob): void {
      blob.arrayBuffer().then((b) => ((this.result = Buffer.from(b).toString('latin1')), this.done('load')), (e: unknown) => ((this.error = e), this.done('error')));
    }
  }
  g.FileReader = NodeFileReader;
}
