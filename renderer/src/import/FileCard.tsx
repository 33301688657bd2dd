// One chosen file on the import page: progress while it is parsed, then what was found (provider,
// layout, encoding, counts, first rows, row issues) with overrides, and the import button.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataApi, ImportRecord } from '../data/api';
import { hrefFor } from '../app/routes';
import { ProgressStatus } from '../ui/ProgressStatus';
import { fileSize } from './format';
import { MappingEditor } from './MappingEditor';
import { Overrides } from './Overrides';
import { PasswordPrompt } from './PasswordPrompt';
import { IssueTable, SampleTable } from './PreviewTables';
import { useImportJob } from './useImportJob';

interface Props {
  api: DataApi;
  file: File;
  onImported: (r: ImportRecord) => void;
  onRemove: () => void;
}

export function FileCard({ api, file, onImported, onRemove }: Props) {
  const { t, i18n } = useTranslation('import');
  const id = useId();
  const job = useImportJob(api, file, onImported);
  const { state } = job;
  const nf = new Intl.NumberFormat(i18n.language);
  const p = state.preview;
  const busy = state.phase === 'parsing' || state.phase === 'committing';

  return (
    <article className="import-file" aria-labelledby={`${id}-name`} data-phase={state.phase}>
      <header className="import-file-head">
        <h2 id={`${id}-name`}>{file.name}</h2>
        <span className="muted">{fileSize(file.size, i18n.language)}</span>
        <button type="button" className="button button-quiet" disabled={state.phase === 'committing'} onClick={onRemove} aria-label={t('actions.removeFile', { name: file.name })}>
          {t('actions.remove')}
        </button>
      </header>

      {busy && state.progress && <ProgressStatus fraction={state.progress.fraction} label={t(`phase.${state.progress.label}`, { defaultValue: state.progress.label })} />}

      {state.phase === 'password' && <PasswordPrompt name={file.name} wrong={Boolean(state.error?.wrongPassword)} onSubmit={job.submitPassword} />}

      {state.phase === 'failed' && state.error && (
        <p role="alert" className="import-error">
          {state.error.message}
        </p>
      )}

      {state.phase === 'mapping' && (
        <>
          {state.error && <p role="alert" className="import-error">{t('mapping.unknown', { name: file.name })}</p>}
          <MappingEditor api={api} file={file} onApply={job.applyMapping} {...(state.preview ? { onCancel: job.closeMapping } : {})} />
        </>
      )}

      {state.phase === 'imported' && state.record && (
        <div role="status" className="import-result">
          <p className="import-result-count">{t('result.imported', { count: state.record.added, n: nf.format(state.record.added) })}</p>
          {state.record.duplicates > 0 && <p>{t('result.duplicates', { n: nf.format(state.record.duplicates) })}</p>}
          <a href={hrefFor('transactions')}>{t('result.view')}</a>
        </div>
      )}

      {(state.phase === 'ready' || state.phase === 'committing') && p && (
        <>
          <Overrides preview={p} opts={state.opts} onChange={job.setOptions} />
          {p.parts && <p className="muted">{t('detected.parts', { n: p.parts.length, names: p.parts.map((x) => x.name).join(', ') })}</p>}
          <dl className="import-counts">
            <div><dt>{t('counts.rows')}</dt><dd data-testid="count-rows">{nf.format(p.rows)}</dd></div>
            <div><dt>{t('counts.new')}</dt><dd data-testid="count-new">{nf.format(p.newCount)}</dd></div>
            <div><dt>{t('counts.stored')}</dt><dd data-testid="count-stored">{nf.format(p.duplicateCount)}</dd></div>
            {(p.conflictCount ?? 0) > 0 && <div><dt>{t('counts.conflicts')}</dt><dd data-testid="count-conflicts">{nf.format(p.conflictCount ?? 0)}</dd></div>}
            <div><dt>{t('counts.issues')}</dt><dd data-testid="count-issues">{nf.format(p.issueCount ?? p.issues.length)}</dd></div>
          </dl>
          {p.alreadyImported && <p role="status" className="import-note">{t('already', { date: (p.importedAt ?? '').slice(0, 10) })}</p>}
          {state.error && <p role="alert" className="import-error">{state.error.message}</p>}
          <div className="import-actions">
            <button type="button" className="button button-primary" disabled={busy || p.alreadyImported} onClick={() => void job.commit()}>
              {p.newCount > 0 ? t('actions.import', { count: p.newCount, n: nf.format(p.newCount) }) : t('actions.importNone')}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={job.openMapping}>
              {t('actions.useMapping')}
            </button>
          </div>
          <IssueTable issues={p.issues} total={p.issueCount ?? p.issues.length} />
          <SampleTable rows={p.sample} />
        </>
      )}
    </article>
  );
}
