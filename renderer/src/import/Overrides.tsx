// What was detected, with the user's overrides: provider, encoding and account name. Changing one parses
// the file again with that choice.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS, type ProviderId } from '../../../shared/model';
import { ENCODINGS, type EncodingId } from '../../../shared/decode';
import type { ImportPreview, PreviewOptions } from '../data/api';

const PROVIDERS = PROVIDER_IDS.filter((p) => p !== 'generic');

export function Overrides({ preview, opts, onChange }: { preview: ImportPreview; opts: PreviewOptions; onChange: (patch: Partial<PreviewOptions>) => void }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [account, setAccount] = useState(opts.accountId ?? preview.accountId);
  useEffect(() => setAccount(opts.accountId ?? preview.accountId), [opts.accountId, preview.accountId]);
  const isXlsx = preview.encoding === 'xlsx';
  return (
    <div className="import-overrides">
      <div className="field">
        <label htmlFor={`${id}-provider`}>{t('detected.provider')}</label>
        <select
          id={`${id}-provider`}
          value={opts.format ?? ''}
          onChange={(e) => onChange({ format: (e.target.value || undefined) as ProviderId | undefined })}
        >
          <option value="">{t('detected.auto', { value: t(`providers.${preview.importer}`, { defaultValue: preview.importer }) })}</option>
          {PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {t(`providers.${p}`, { defaultValue: p })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span className="label-block">{t('detected.layout')}</span>
        <span data-testid="layout">{preview.layout}</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-encoding`}>{t('detected.encoding')}</label>
        <select
          id={`${id}-encoding`}
          value={opts.encoding ?? ''}
          disabled={isXlsx}
          onChange={(e) => onChange({ encoding: (e.target.value || undefined) as EncodingId | undefined })}
        >
          <option value="">{t('detected.auto', { value: preview.encoding })}</option>
          {ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc}
            </option>
          ))}
        </select>
      </div>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          const name = account.trim();
          if (name && name !== (opts.accountId ?? preview.accountId)) onChange({ accountId: name });
        }}
      >
        <label htmlFor={`${id}-account`}>{t('detected.account')}</label>
        <span className="import-inline-form">
          <input id={`${id}-account`} value={account} onChange={(e) => setAccount(e.target.value)} />
          <button type="submit" className="button" disabled={!account.trim() || account.trim() === (opts.accountId ?? preview.accountId)}>
            {t('detected.rename')}
          </button>
        </span>
      </form>
    </div>
  );
}
