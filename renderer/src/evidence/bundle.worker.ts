// Worker side of the evidence build: one request in, stage messages out, then the result (its zips
// transferred, not copied).
import { bundleReport, runBuild, type BuildRequest, type BuildResult, type BuildStage } from './build';

export type WorkerRequest = { kind: 'report'; input: BuildRequest['input'] } | { kind: 'build'; request: BuildRequest };

export type WorkerMessage =
  | { kind: 'stage'; stage: BuildStage }
  | { kind: 'report'; html: string }
  | { kind: 'done'; result: BuildResult }
  | { kind: 'error'; message: string };

const post = (m: WorkerMessage, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    if (e.data.kind === 'report') {
      post({ kind: 'report', html: await bundleReport(e.data.input) });
      return;
    }
    const result = await runBuild(e.data.request, (stage) => post({ kind: 'stage', stage }));
    const transfer: Transferable[] = [result.zip.buffer as ArrayBuffer];
    if (result.encrypted) transfer.push(result.encrypted.zip.buffer as ArrayBuffer);
    post({ kind: 'done', result }, transfer);
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
