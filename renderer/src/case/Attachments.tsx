// ID documents, proof of address, screenshots and the closure notice. The type comes from the bytes
// (shared/case sniffMime), never from the name; photos get a legibility check (size from the header,
// blur from a canvas). Only plain images are shown, as blob: URLs in <img>; PDFs and anything else are
// a file card, never rendered, so nothing in a file can run script in the app.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/case/attachments';
import { ATTACHMENT_KIND_LABELS } from '../../../shared/case/labels';
import { isRenderableImage, sniffMime } from '../../../shared/case/mime';
import { ATTACHMENT_KINDS, type AttachmentKind, type AttachmentWarning } from '../../../shared/case/types';
import type { AttachmentInfo } from '../data/case-api';
import { useToast } from '../ui/ToastProvider';
import { AttachmentCard } from './AttachmentCard';
import { useCaseApi } from './CaseApiContext';
import { measureSharpness } from './clarity';
import { useLang } from './lang';

interface Refusal {
  name: string;
  problems: AttachmentWarning[];
}

export function Attachments({ caseId, attachments }: { caseId: string; attachments: AttachmentInfo[] }) {
  const { t } = useTranslation('case');
  const { pick } = useLang();
  const api = useCaseApi();
  const toast = useToast();
  const id = useId();
  const [kind, setKind] = useState<AttachmentKind>('id-front');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [error, setError] = useState<string>();

  const addFiles = async (files: File[]): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const refusals: Refusal[] = [];
    try {
      for (const file of files) {
        // Checked before reading, so a huge file is never loaded into memory.
        if (file.size > MAX_ATTACHMENT_BYTES) {
          refusals.push({ name: file.name, problems: ['too-large'] });
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const mime = sniffMime(bytes);
        const sharpness = isRenderableImage(mime) ? await measureSharpness(new Blob([bytes], { type: mime })) : undefined;
        const result = await api.addAttachment(caseId, { name: file.name, kind, bytes, ...(sharpness !== undefined ? { sharpness } : {}) });
        if (!result.ok) refusals.push({ name: result.name, problems: result.problems });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRefused(refusals);
      setBusy(false);
    }
  };

  const remove = async (a: AttachmentInfo): Promise<void> => {
    setError(undefined);
    try {
      const removed = await api.deleteAttachment(a.id);
      if (removed) {
        toast({ message: t('attachments.deleted', { name: a.name }), action: { label: t('common:actions.undo'), run: () => api.restoreAttachment(removed) } });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="case-section">
      <h2 id={`${id}-h`}>{t('attachments.title')}</h2>
      <p className="muted">{t('attachments.intro', { mb: MAX_ATTACHMENT_BYTES / 2 ** 20 })}</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('attachments.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)}>
            {ATTACHMENT_KINDS.map((k) => <option key={k} value={k}>{pick(ATTACHMENT_KIND_LABELS[k])}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('attachments.choose')}</label>
          <input
            id={`${id}-file`}
            type="file"
            multiple
            disabled={busy}
            accept="image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf,.heic"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) void addFiles(files);
            }}
          />
        </div>
      </div>
      {busy && <p role="status">{t('attachments.adding')}</p>}
      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      {refused.length > 0 && (
        <div role="alert" className="attachment-refused">
          {refused.map((r) => (
            <p key={r.name}>
              {t('attachments.refused', { name: r.name })} {r.problems.map((p) => t(`attachmentProblem.${p}`, { mb: MAX_ATTACHMENT_BYTES / 2 ** 20 })).join(' ')}
            </p>
          ))}
        </div>
      )}
      {attachments.length === 0 ? (
        <p className="muted">{t('attachments.empty')}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <AttachmentCard attachment={a} onDelete={() => void remove(a)} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('attachments.storageNote')}</p>
    </section>
  );
}
