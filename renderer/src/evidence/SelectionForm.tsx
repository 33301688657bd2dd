// The "what goes in" part of the export: which transactions (findings, marked ones, or the whole
// period), the period, attachments, original exports, masking, language and, in the desktop app, the
// PDF copy of the report.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KIND_LABELS } from '../../../shared/case/labels';
import type { Lang } from '../../../shared/rules/types';
import type { ReviewVerdict } from '../data/api';
import type { AttachmentInfo } from '../data/case-api';
import { useLang } from '../case/lang';
import type { EvidenceSelection } from './selection';

interface Props {
  sel: EvidenceSelection;
  attachments: AttachmentInfo[];
  desktop: boolean;
  disabled: boolean;
  onChange(next: EvidenceSelection): void;
}

const VERDICTS: ReviewVerdict[] = ['not-mine', 'unsure', 'mine'];

export function SelectionForm({ sel, attachments, desktop, disabled, onChange }: Props) {
  const { t } = useTranslation('evidence');
  const { pick } = useLang();
  const id = useId();
  const set = <K extends keyof EvidenceSelection>(k: K, v: EvidenceSelection[K]): void => onChange({ ...sel, [k]: v });
  const check = (label: string, checked: boolean, onToggle: (v: boolean) => void, help?: string) => (
    <label className="checkbox">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} />
      <span>
        {label}
        {help && <span className="muted"> — {help}</span>}
      </span>
    </label>
  );

  return (
    <div className="evidence-selection">
      <fieldset>
        <legend>{t('select.transactions')}</legend>
        {check(t('select.findings'), sel.findings, (v) => set('findings', v))}
        {VERDICTS.map((v) => (
          <div key={v}>{check(t(`select.verdict.${v}`), sel.verdicts[v], (on) => set('verdicts', { ...sel.verdicts, [v]: on }))}</div>
        ))}
        {check(t('select.allInPeriod'), sel.allInPeriod, (v) => set('allInPeriod', v), t('select.allInPeriodHelp'))}
      </fieldset>
      <fieldset>
        <legend>{t('select.period')}</legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('select.from')}</label>
            <input id={`${id}-from`} type="date" value={sel.from} disabled={disabled} onChange={(e) => set('from', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('select.to')}</label>
            <input id={`${id}-to`} type="date" value={sel.to} disabled={disabled} onChange={(e) => e.target.value && set('to', e.target.value)} />
          </div>
        </div>
        <p className="muted">{sel.accountId ? t('select.account', { account: sel.accountId }) : t('select.allAccounts')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('select.files')}</legend>
        {check(t('select.originals'), sel.originals, (v) => set('originals', v), t('select.originalsHelp'))}
        {attachments.length === 0 ? (
          <p className="muted">{t('select.noAttachments')}</p>
        ) : (
          attachments.map((a) => (
            <div key={a.id}>
              {check(
                `${pick(ATTACHMENT_KIND_LABELS[a.kind])}: ${a.name}`,
                sel.attachmentIds.includes(a.id),
                (on) => set('attachmentIds', on ? [...sel.attachmentIds, a.id] : sel.attachmentIds.filter((x) => x !== a.id)),
              )}
            </div>
          ))
        )}
        {desktop && check(t('select.reportPdf'), sel.reportPdf, (v) => set('reportPdf', v))}
      </fieldset>
      <fieldset>
        <legend>{t('select.presentation')}</legend>
        {check(t('select.mask'), sel.maskCounterpartyAccounts, (v) => set('maskCounterpartyAccounts', v), t('select.maskHelp'))}
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('select.lang')}</label>
          <select id={`${id}-lang`} value={sel.lang} disabled={disabled} onChange={(e) => set('lang', e.target.value as Lang)}>
            <option value="zh-CN">中文（简体）</option>
            <option value="en">English</option>
          </select>
        </div>
      </fieldset>
    </div>
  );
}
