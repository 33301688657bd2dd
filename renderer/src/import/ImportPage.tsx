// The import page: choose or drop export files, check each one's preview, import, and undo the last
// import. Every import runs the rules over the whole history as part of its commit; an undo runs them
// again afterwards.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataApi, useDataVersion } from '../app/DataApiContext';
import type { ImportRecord } from '../data/api';
import { hrefFor } from '../app/routes';
import { PageHeading } from '../ui/PageHeading';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useLoad } from '../ui/useLoad';
import { DropZone } from './DropZone';
import { FileCard } from './FileCard';
import { RecentImports } from './RecentImports';
import './import.css';

type RulesState = { running: true; fraction: number; label: string } | { running: false; findings?: number; error?: string };

let nextFileId = 1;

export function ImportPage() {
  const { t, i18n } = useTranslation('import');
  const api = useDataApi();
  const version = useDataVersion();
  const [files, setFiles] = useState<{ id: number; file: File }[]>([]);
  const [rules, setRules] = useState<RulesState>({ running: false });
  const [undo, setUndo] = useState<{ busy: boolean; message?: string; error?: string }>({ busy: false });
  const imports = useLoad(() => api.listImports(), [api, version]);
  const nf = new Intl.NumberFormat(i18n.language);

  const runRules = useCallback(async () => {
    setRules({ running: true, fraction: 0, label: 'reading' });
    try {
      const findings = await api.rerunRules((fraction, label) => setRules({ running: true, fraction, label }));
      setRules({ running: false, findings: findings.length });
    } catch (e) {
      setRules({ running: false, error: e instanceof Error ? e.message : String(e) });
    }
  }, [api]);

  // A commit runs the rules itself (with the rows it already holds); show what they found.
  const showFindings = useCallback((r: ImportRecord) => {
    setRules(r.rulesError !== undefined ? { running: false, error: r.rulesError } : { running: false, ...(r.findings !== undefined ? { findings: r.findings } : {}) });
  }, []);

  const undoLast = async () => {
    setUndo({ busy: true });
    try {
      const r = await api.undoLastImport();
      setUndo({ busy: false, ...(r ? { message: t('recent.undone', { name: r.name, count: r.added, n: nf.format(r.added) }) } : {}) });
      if (r) void runRules();
    } catch (e) {
      setUndo({ busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <DropZone onFiles={(chosen) => setFiles((f) => [...f, ...chosen.map((file) => ({ id: nextFileId++, file }))])} />
      {rules.running && <ProgressStatus fraction={rules.fraction} label={t('rules.running')} />}
      {!rules.running && rules.findings !== undefined && (
        <p role="status" className="import-rules-status">
          {t('rules.done', { count: rules.findings, n: nf.format(rules.findings) })} <a href={hrefFor('findings')}>{t('rules.view')}</a>
        </p>
      )}
      {!rules.running && rules.error && <p role="alert">{t('rules.failed', { error: rules.error })}</p>}
      <div className="import-file-list">
        {files.map(({ id, file }) => (
          <FileCard key={id} api={api} file={file} onImported={showFindings} onRemove={() => setFiles((f) => f.filter((x) => x.id !== id))} />
        ))}
      </div>
      {undo.message && <p role="status">{undo.message}</p>}
      {undo.error && <p role="alert">{undo.error}</p>}
      {imports.state === 'ready' && <RecentImports imports={imports.data} busy={undo.busy} onUndo={() => void undoLast()} />}
    </>
  );
}
