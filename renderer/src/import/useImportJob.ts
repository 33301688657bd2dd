// One chosen file's way through the import: parse (in the worker) → preview → maybe a password or a
// column mapping → commit → imported. Changing an override parses again; a stale answer is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataApi, ImportPreview, ImportRecord, PreviewOptions } from '../data/api';
import type { DataErrorKind } from '../data/errors';
import type { MappingProfile } from '../../../shared/importers/generic';

export type JobPhase = 'parsing' | 'ready' | 'password' | 'mapping' | 'failed' | 'committing' | 'imported';

export interface JobError {
  kind: DataErrorKind;
  message: string;
  wrongPassword?: boolean;
}

export interface JobState {
  phase: JobPhase;
  opts: PreviewOptions;
  progress?: { fraction: number; label: string };
  preview?: ImportPreview;
  error?: JobError;
  record?: ImportRecord;
}

export interface ImportJob {
  state: JobState;
  setOptions(patch: Partial<PreviewOptions>): void;
  submitPassword(password: string): void;
  openMapping(): void;
  closeMapping(): void;
  applyMapping(mapping: MappingProfile): void;
  commit(): Promise<ImportRecord | undefined>;
}

function asJobError(e: unknown): JobError {
  const err = e as { kind?: DataErrorKind; message?: string; wrongPassword?: boolean };
  return { kind: err.kind ?? 'internal', message: err.message ?? String(e), ...(err.wrongPassword ? { wrongPassword: true } : {}) };
}

export function useImportJob(api: DataApi, file: File, onImported: (r: ImportRecord) => void): ImportJob {
  const [state, setState] = useState<JobState>({ phase: 'parsing', opts: {} });
  const run = useRef(0);
  const heldKey = useRef<string | undefined>(undefined);

  const release = useCallback(() => {
    if (heldKey.current) void api.discardPreview?.(heldKey.current).catch(() => undefined);
    heldKey.current = undefined;
  }, [api]);

  const parse = useCallback(
    (opts: PreviewOptions) => {
      const mine = ++run.current;
      release();
      setState((s) => ({ ...s, phase: 'parsing', opts, progress: { fraction: 0, label: 'reading' }, error: undefined }));
      api
        .preview(file, opts, (fraction, label) => {
          if (run.current === mine) setState((s) => ({ ...s, progress: { fraction, label } }));
        })
        .then(
          (preview) => {
            if (run.current !== mine) return void api.discardPreview?.(preview.key);
            heldKey.current = preview.key;
            setState((s) => ({ ...s, phase: 'ready', preview, progress: undefined }));
          },
          (e: unknown) => {
            if (run.current !== mine) return;
            const error = asJobError(e);
            const phase: JobPhase = error.kind === 'password' ? 'password' : error.kind === 'unknown-layout' ? 'mapping' : 'failed';
            setState((s) => ({ ...s, phase, error, preview: undefined, progress: undefined }));
          },
        );
    },
    [api, file, release],
  );

  useEffect(() => {
    parse({});
    return () => {
      run.current++;
      release();
    };
  }, [parse, release]);

  const commit = useCallback(async () => {
    const key = state.preview?.key;
    if (!key || state.phase !== 'ready') return undefined;
    const mine = ++run.current;
    setState((s) => ({ ...s, phase: 'committing', progress: { fraction: 0, label: 'saving' }, error: undefined }));
    try {
      const record = await api.commit(key, (fraction, label) => {
        if (run.current === mine) setState((s) => ({ ...s, progress: { fraction, label } }));
      });
      heldKey.current = undefined;
      setState((s) => ({ ...s, phase: 'imported', record, progress: undefined }));
      onImported(record);
      return record;
    } catch (e) {
      setState((s) => ({ ...s, phase: 'ready', error: asJobError(e), progress: undefined }));
      return undefined;
    }
  }, [api, onImported, state.phase, state.preview?.key]);

  return {
    state,
    setOptions: (patch) => parse({ ...state.opts, ...patch }),
    submitPassword: (password) => parse({ ...state.opts, password }),
    openMapping: () => setState((s) => ({ ...s, phase: 'mapping' })),
    closeMapping: () => parse({ ...state.opts, mapping: undefined }),
    applyMapping: (mapping) => parse({ ...state.opts, mapping, format: undefined }),
    commit,
  };
}
