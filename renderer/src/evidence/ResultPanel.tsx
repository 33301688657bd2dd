// What the build produced: "verified" with the zip's SHA-256 when the bag checks out (or every problem
// when it does not), what was left out, and the ways to save it again, save the encrypted copy and open
// the report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildResult } from './build';

interface Props {
  result: BuildResult;
  savedAs?: string;
  missingOriginals: string[];
  onSaveAgain(): Promise<string | undefined>;
  onSaveEncrypted(): Promise<string | undefined>;
  onOpenReport(): void;
}

export function ResultPanel({ result, savedAs, missingOriginals, onSaveAgain, onSaveEncrypted, onOpenReport }: Props) {
  const { t } = useTranslation('evidence');
  const [saved, setSaved] = useState(savedAs);
  const [encryptedSaved, setEncryptedSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const attempt = async (work: () => Promise<string | undefined>, done: (name: string) => void): Promise<void> => {
    setError(undefined);
    try {
      const name = await work();
      if (name) done(name);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="evidence-result-h" className="evidence-result">
      <h2 id="evidence-result-h">{t('result.title')}</h2>
      {result.check.valid ? (
        <p className="verified" role="status">
          <strong>{t('result.verified')}</strong> {t('result.verifiedDetail', { count: result.fileCount })}
        </p>
      ) : (
        <div role="alert">
          <p><strong>{t('result.invalid')}</strong></p>
          <ul>{result.check.errors.map((e, i) => <li key={i}>{`${e.file}: ${e.problem}`}</li>)}</ul>
        </div>
      )}
      <dl className="result-facts">
        <div><dt>{t('result.zipSha')}</dt><dd className="mono break" data-testid="zip-sha256">{result.zipSha256}</dd></div>
        <div><dt>{t('result.fingerprint')}</dt><dd className="mono break">{result.fingerprint}</dd></div>
        <div><dt>{t('result.name')}</dt><dd className="mono">{`${result.bagName}.zip`}</dd></div>
        {saved && <div><dt>{t('result.savedAs')}</dt><dd>{saved}</dd></div>}
      </dl>
      {result.skipped.length > 0 && (
        <div className="notice">
          <p>{t('result.skipped')}</p>
          <ul>{result.skipped.map((s) => <li key={s.name}>{`${s.name}: ${s.reason}`}</li>)}</ul>
        </div>
      )}
      {missingOriginals.length > 0 && (
        <div className="notice">
          <p>{t('result.missingOriginals')}</p>
          <ul>{missingOriginals.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}
      {error && <p role="alert">{t('result.saveFailed', { error })}</p>}
      <div className="page-actions">
        {result.check.valid && (
          <button type="button" className="button" onClick={() => void attempt(onSaveAgain, setSaved)}>{t('result.saveAgain')}</button>
        )}
        {result.encrypted && result.check.valid && (
          <button type="button" className="button" onClick={() => void attempt(onSaveEncrypted, setEncryptedSaved)}>{t('result.saveEncrypted')}</button>
        )}
        <button type="button" className="button" onClick={onOpenReport}>{t('result.openReport')}</button>
      </div>
      {result.encrypted && (
        <p className="muted">
          {result.encrypted.check.valid ? t('result.encryptedVerified', { sha: result.encrypted.sha256 }) : t('result.encryptedInvalid')}
          {encryptedSaved && ` ${t('result.savedAsNamed', { name: encryptedSaved })}`}
        </p>
      )}
    </section>
  );
}
