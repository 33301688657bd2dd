// Starts an evidence build: in a dedicated worker when the page can make one, otherwise in-process (the
// component tests' environment). Each call gets its own worker, ended when the call settles.
import type { BundleInput } from '../../../shared/bundle/types';
import { bundleReport, runBuild, type BuildRequest, type BuildResult, type BuildStage } from './build';
import type { WorkerMessage, WorkerRequest } from './bundle.worker';

export interface Builder {
  report(input: BundleInput): Promise<string>;
  build(req: BuildRequest, onStage: (stage: BuildStage) => void): Promise<BuildResult>;
}

export const inlineBuilder: Builder = { report: bundleReport, build: runBuild };

function call<T>(req: WorkerRequest, onMessage: (m: WorkerMessage, resolve: (v: T) => void) => void): Promise<T> {
  const worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle' });
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.kind === 'error') reject(new Error(e.data.message));
      else onMessage(e.data, resolve);
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the bundle worker stopped'));
    worker.postMessage(req);
  }).finally(() => worker.terminate());
}

export const workerBuilder: Builder = {
  report: (input) => call<string>({ kind: 'report', input }, (m, resolve) => m.kind === 'report' && resolve(m.html)),
  build: (request, onStage) =>
    call<BuildResult>({ kind: 'build', request }, (m, resolve) => {
      if (m.kind === 'stage') onStage(m.stage);
      else if (m.kind === 'done') resolve(m.result);
    }),
};

export function defaultBuilder(): Builder {
  return typeof Worker === 'function' && typeof import.meta.url === 'string' && !import.meta.env?.VITEST ? workerBuilder : inlineBuilder;
}
