// The export's steps, with progress: gather the bytes from the stores, print report.pdf where the
// desktop app can, build the bag in a worker, verify it, and save it (native dialog or download).
import { useCallback, useState } from 'react';
import type { WalletAuditorApi } from '../../../shared/ipc-contract';
import { version } from '../../../package.json';
import { useDataApi } from '../app/DataApiContext';
import { useCaseApi } from '../case/CaseApiContext';
import type { StoredCase } from '../data/case-api';
import { saveFile } from '../settings/saveFile';
import type { BuildResult, BuildStage } from './build';
import { defaultBuilder, type Builder } from './build-client';
import { gatherEvidence } from './gather';
import type { EvidenceSelection } from './selection';

export type Stage = 'gather' | 'pdf' | BuildStage | 'save';

/** Where each stage starts on the progress bar. */
const START: Record<Stage, number> = { gather: 0, pdf: 0.3, report: 0.3, bag: 0.4, validate: 0.75, encrypt: 0.85, save: 0.95 };

export type BuildState =
  | { phase: 'idle' }
  | { phase: 'busy'; stage: Stage; fraction: number }
  | { phase: 'done'; result: BuildResult; savedAs?: string; missingOriginals: string[] }
  | { phase: 'failed'; error: string };

export function bridge(): WalletAuditorApi | undefined {
  return (globalThis as { walletAuditor?: WalletAuditorApi }).walletAuditor;
}

export interface BuildOptions {
  today: string;
  appealLetter?: string;
  encrypt?: { password: string; nest: boolean };
}

export function useEvidenceBuild(stored: StoredCase, injected?: Builder) {
  const [builder] = useState<Builder>(() => injected ?? defaultBuilder());
  const data = useDataApi();
  const cases = useCaseApi();
  const [state, setState] = useState<BuildState>({ phase: 'idle' });
  const busy = (stage: Stage, within = 0): void => setState({ phase: 'busy', stage, fraction: START[stage] + within });

  const saveBundle = useCallback(async (result: BuildResult): Promise<string | undefined> => {
    const blob = new Blob([result.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    return saveFile(blob, `${result.bagName}.zip`, [{ name: 'Evidence bundle (BagIt zip)', extensions: ['zip'] }]);
  }, []);

  const saveEncrypted = useCallback(async (result: BuildResult): Promise<string | undefined> => {
    if (!result.encrypted) return undefined;
    const blob = new Blob([result.encrypted.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    return saveFile(blob, `${result.bagName}-encrypted.zip`, [{ name: 'Encrypted evidence bundle', extensions: ['zip'] }]);
  }, []);

  const run = useCallback(
    async (sel: EvidenceSelection, opts: BuildOptions): Promise<void> => {
      try {
        busy('gather');
        const gathered = await gatherEvidence(stored, sel, { data, cases }, {
          today: opts.today,
          softwareAgent: `Wallet Auditor ${version}`,
          onProgress: (f) => busy('gather', f * 0.3),
        });
        let input = { ...gathered.input, ...(opts.appealLetter !== undefined ? { appealLetter: opts.appealLetter } : {}) };
        const native = bridge();
        if (sel.reportPdf && native) {
          busy('pdf');
          const html = await builder.report(input);
          input = { ...input, reportPdf: await native.printReportToPdf({ html }) };
        }
        const result = await builder.build({ input, ...(opts.encrypt ? { encrypt: opts.encrypt } : {}) }, (stage) => busy(stage));
        if (!result.check.valid) {
          setState({ phase: 'done', result, missingOriginals: gathered.missingOriginals });
          return;
        }
        busy('save');
        const savedAs = await saveBundle(result);
        setState({ phase: 'done', result, missingOriginals: gathered.missingOriginals, ...(savedAs ? { savedAs } : {}) });
      } catch (e) {
        setState({ phase: 'failed', error: e instanceof Error ? e.message : String(e) });
      }
    },
    [stored, data, cases, builder, saveBundle],
  );

  return { state, run, saveBundle, saveEncrypted, reset: () => setState({ phase: 'idle' }) };
}
