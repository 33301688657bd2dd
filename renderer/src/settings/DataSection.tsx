// Backup, restore and delete-all. Restore and delete replace everything, so both ask first; delete asks
// for an explicit tick before its button works.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataApi } from '../app/DataApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useToast } from '../ui/ToastProvider';
import { backupFileName, saveFile } from './saveFile';
import { StorageEstimate } from './StorageEstimate';

type Busy = { label: string; fraction: number | undefined } | undefined;

export function DataSection() {
  const { t } = useTranslation('settings');
  const api = useDataApi();
  const toast = useToast();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const [restoreFile, setRestoreFile] = useState<File>();
  const [deleting, setDeleting] = useState(false);
  const [understood, setUnderstood] = useState(false);

  const run = async (label: string, work: (progress: (f: number) => void) => Promise<string | undefined>) => {
    setBusy({ label, fraction: 0 });
    setError(undefined);
    try {
      const done = await work((fraction) => setBusy({ label, fraction }));
      if (done) toast({ message: done });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };

  const backup = () =>
    run(t('data.backingUp'), async (progress) => {
      const blob = await api.backup((f) => progress(f));
      const saved = await saveFile(blob, backupFileName(blob, new Date()), [{ name: 'Wallet Auditor backup', extensions: ['json'] }]);
      return saved ? t('data.backupSaved', { name: saved }) : undefined;
    });

  const restore = (file: File) =>
    run(t('data.restoring'), async (progress) => {
      await api.restore(file, (f) => progress(f));
      return t('data.restored');
    });

  const deleteAll = () =>
    run(t('data.deleting'), async () => {
      await api.deleteAll();
      return t('data.deleted');
    });

  return (
    <section aria-labelledby={`${id}-h`} className="settings-section">
      <h2 id={`${id}-h`}>{t('data.title')}</h2>
      <StorageEstimate />
      {busy && <ProgressStatus fraction={busy.fraction} label={busy.label} />}
      {error && <p role="alert">{t('data.failed', { error })}</p>}
      <div className="data-actions">
        <div>
          <button type="button" className="button button-primary" disabled={!!busy} onClick={() => void backup()}>
            {t('data.backup')}
          </button>
          <p className="muted">{t('data.backupHelp')}</p>
        </div>
        <div>
          <label htmlFor={`${id}-restore`} className="label-block">{t('data.restoreLabel')}</label>
          <input
            id={`${id}-restore`}
            ref={fileRef}
            type="file"
            accept=".json,.zip,application/json,application/zip"
            disabled={!!busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) setRestoreFile(f);
            }}
          />
        </div>
        <div>
          <button type="button" className="button button-danger" disabled={!!busy} onClick={() => setDeleting(true)}>
            {t('data.deleteAll')}
          </button>
        </div>
      </div>

      <ConfirmDialog
        open={restoreFile !== undefined}
        title={t('data.restoreTitle')}
        confirmLabel={t('data.restoreConfirm')}
        onCancel={() => {
          setRestoreFile(undefined);
          if (fileRef.current) fileRef.current.value = '';
        }}
        onConfirm={() => {
          const f = restoreFile;
          setRestoreFile(undefined);
          if (fileRef.current) fileRef.current.value = '';
          if (f) void restore(f);
        }}
      >
        <p>{t('data.restoreBody', { name: restoreFile?.name ?? '' })}</p>
      </ConfirmDialog>

      <ConfirmDialog
        open={deleting}
        danger
        title={t('data.deleteTitle')}
        confirmLabel={t('data.deleteConfirm')}
        confirmDisabled={!understood}
        onCancel={() => {
          setDeleting(false);
          setUnderstood(false);
        }}
        onConfirm={() => {
          setDeleting(false);
          setUnderstood(false);
          void deleteAll();
        }}
      >
        <p>{t('data.deleteBody')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {t('data.deleteUnderstand')}
        </label>
      </ConfirmDialog>
    </section>
  );
}
