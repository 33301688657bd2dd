// One attachment: a thumbnail for plain images (a blob: URL in <img>, which never runs script) or a file
// card for everything else, its legibility warnings, and its kind, name and note, which the owner can
// change. The bytes themselves never change: their SHA-256 is what the bundle's manifest will show.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KIND_LABELS } from '../../../shared/case/labels';
import { isRenderableImage } from '../../../shared/case/mime';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../shared/case/types';
import type { AttachmentInfo } from '../data/case-api';
import { saveFile } from '../settings/saveFile';
import { useCaseApi } from './CaseApiContext';
import { BLUR_THRESHOLD, clarityWarnings, MIN_LONG_SIDE } from './clarity';
import { useLang } from './lang';

function useObjectUrl(id: string, wanted: boolean): string | undefined {
  const api = useCaseApi();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!wanted || typeof URL.createObjectURL !== 'function') return;
    let live = true;
    let made: string | undefined;
    void api.getAttachmentBlob(id).then((blob) => {
      if (!live || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, id, wanted]);
  return url;
}

const KIB = 1024;
function formatSize(bytes: number, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < KIB) return `${nf.format(bytes)} B`;
  if (bytes < KIB * KIB) return `${nf.format(bytes / KIB)} KB`;
  return `${nf.format(bytes / KIB / KIB)} MB`;
}

export function AttachmentCard({ attachment: a, onDelete }: { attachment: AttachmentInfo; onDelete(): void }) {
  const { t, i18n } = useTranslation('case');
  const { pick } = useLang();
  const api = useCaseApi();
  const id = useId();
  const previewable = isRenderableImage(a.mime);
  const url = useObjectUrl(a.id, previewable);
  const [name, setName] = useState(a.name);
  const [note, setNote] = useState(a.note ?? '');
  const [kind, setKind] = useState(a.kind);
  const warnings = clarityWarnings(a);

  const saveCopy = async (): Promise<void> => {
    const blob = await api.getAttachmentBlob(a.id);
    if (blob) await saveFile(blob, a.name);
  };

  return (
    <article className="attachment-card" aria-label={a.name}>
      <div className="attachment-preview">
        {previewable && url ? (
          <img src={url} alt={t('attachments.previewAlt', { name: a.name })} />
        ) : (
          <div className="file-card" aria-hidden="true">{a.mime === 'application/pdf' ? 'PDF' : a.mime === 'image/heic' ? 'HEIC' : t('attachments.file')}</div>
        )}
      </div>
      <div className="attachment-body">
        <p className="attachment-type">
          {t('attachments.detected', { type: a.mime })}
          {a.width && a.height ? ` · ${a.width} × ${a.height} px` : ''} · {formatSize(a.size, i18n.language)}
        </p>
        <p className="mono attachment-sha" title={a.sha256}>SHA-256 {a.sha256}</p>
        {warnings.length > 0 && (
          <ul className="clarity-warnings" aria-label={t('attachments.warningsLabel', { name: a.name })}>
            {warnings.map((w) => (
              <li key={w}>{t(`clarity.${w}`, { min: MIN_LONG_SIDE, width: a.width, height: a.height, threshold: BLUR_THRESHOLD })}</li>
            ))}
          </ul>
        )}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('attachments.kind')}</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => {
                const next = e.target.value as AttachmentKind;
                setKind(next);
                void api.updateAttachment(a.id, { kind: next });
              }}
            >
              {ATTACHMENT_KINDS.map((k) => <option key={k} value={k}>{pick(ATTACHMENT_KIND_LABELS[k])}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('attachments.name')}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onBlur={() => name.trim() && name.trim() !== a.name && void api.updateAttachment(a.id, { name: name.trim() })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('attachments.note')}</label>
            <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => note !== (a.note ?? '') && void api.updateAttachment(a.id, { note })} />
          </div>
        </div>
        <div className="attachment-actions">
          <button type="button" className="button" onClick={() => void saveCopy()}>{t('attachments.saveCopy')}</button>
          <button type="button" className="button button-quiet" aria-label={t('attachments.deleteNamed', { name: a.name })} onClick={onDelete}>
            {t('attachments.delete')}
          </button>
        </div>
      </div>
    </article>
  );
}
