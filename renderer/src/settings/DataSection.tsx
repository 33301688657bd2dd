// Backup, restore and delete-all. A backup is encrypted with a passphrase unless the user ticks that they
// want a plain file: it holds their statements and ID documents. Restore and delete replace everything, so
// both ask first (restore asks for the passphrase of an encrypted file); delete asks for an explicit tick.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataApi } from '../app/DataApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useToast } from '../ui/ToastProvider';
import { DataError } from '../data/errors';
import { isEncryptedBackup } from '../data/store/backup-format';
import { backupFileName, saveFile } from './saveFile';
import { StorageEstimate } from './StorageEstimate';

type Busy = { label: string; fraction: number | undefined } | undefined;

/** age's advice: at least 8-10 random characters (or 4-5 random words); scrypt slows guessing further. */
export const MIN_PASSPHRASE = 8;

export function DataSection() {
  const { t } = useTranslation('settings');
  const api = useDataApi();
  const toast = useToast();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const [restoreFile, setRestoreFile] = useState<{ file: File; encrypted: boolean }>();
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [plain, setPlain] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [understood, setUnderstood] = useState(false);

  const run = async (label: string, work: (progress: (f: number) => void) => Promise<string | undefined>) => {
    setBusy({ label, fraction: 0 });
    setError(undefined);
    try {
      const done = await work((fraction) => setBusy({ label, fraction }));
      if (done) toast({ message: done });
    } catch (e) {
      if (e instanceof DataError && e.kind === 'password') setError(t(e.wrongPassword ? 'data.wrongPassphrase' : 'data.needPassphrase'));
      else setError(t('data.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(undefined);
    }
  };

  const passphraseProblem =
    plain ? undefined : passphrase.length < MIN_PASSPHRASE ? t('data.passphraseShort', { n: MIN_PASSPHRASE }) : passphrase !== repeat ? t('data.passphraseMismatch') : undefined;

  const backup = () =>
    run(t('data.backingUp'), async (progress) => {
      const encrypted = !plain;
      const blob = await api.backup(encrypted ? { passphrase } : {}, (f) => progress(f));
      const filter = encrypted ? { name: 'Wallet Auditor backup (encrypted)', extensions: ['age'] } : { name: 'Wallet Auditor backup', extensions: ['json'] };
      const saved = await saveFile(blob, backupFileName(new Date(), encrypted), [filter]);
      if (!saved) return undefined;
      setPassphrase('');
      setRepeat('');
      return t('data.backupSaved', { name: saved });
    });

  const restore = (file: File, passphrase: string) =>
    run(t('data.restoring'), async (progress) => {
      await api.restore(file, passphrase ? { passphrase } : {}, (f) => progress(f));
      return t('data.restored');
    });

  const closeRestore = () => {
    setRestoreFile(undefined);
    setRestorePassphrase('');
    if (fileRef.current) fileRef.current.value = '';
  };

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
      {error && <p role="alert">{error}</p>}
      <div className="data-actions">
        <form
          className="backup-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!passphraseProblem) void backup();
          }}
        >
          <p className="muted">{t('data.backupHelp')}</p>
          <label className="label-block">
            {t('data.passphrase')}
            <input type="password" autoComplete="new-password" value={passphrase} disabled={plain || !!busy}
              aria-describedby={`${id}-pp`} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          <label className="label-block">
            {t('data.passphraseRepeat')}
            <input type="password" autoComplete="new-password" value={repeat} disabled={plain || !!busy}
              aria-describedby={`${id}-pp`} onChange={(e) => setRepeat(e.target.value)} />
          </label>
          {/* The advice until the user starts typing; then what still stands in the way, if anything. */}
          <p id={`${id}-pp`} className="muted">{(passphrase || repeat ? passphraseProblem : undefined) ?? t('data.passphraseHelp')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={plain} disabled={!!busy} onChange={(e) => setPlain(e.target.checked)} />
            {t('data.plainBackup')}
          </label>
          <button type="submit" className="button button-primary" disabled={!!busy || !!passphraseProblem}>
            {t(plain ? 'data.backupPlain' : 'data.backup')}
          </button>
        </form>
        <div>
          <label htmlFor={`${id}-restore`} className="label-block">{t('data.restoreLabel')}</label>
          <input
            id={`${id}-restore`}
            ref={fileRef}
            type="file"
            accept=".json,.age,application/json"
            disabled={!!busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void isEncryptedBackup(f).then((encrypted) => setRestoreFile({ file: f, encrypted }));
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
        confirmDisabled={restoreFile?.encrypted === true && !restorePassphrase}
        onCancel={closeRestore}
        onConfirm={() => {
          const chosen = restoreFile;
          const p = restorePassphrase;
          closeRestore();
          if (chosen) void restore(chosen.file, chosen.encrypted ? p : '');
        }}
      >
        <p>{t('data.restoreBody', { name: restoreFile?.file.name ?? '' })}</p>
        {restoreFile?.encrypted && (
          <label className="label-block">
            {t('data.restorePassphrase')}
            <input type="password" autoComplete="current-password" value={restorePassphrase} onChange={(e) => setRestorePassphrase(e.target.value)} />
          </label>
        )}
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
