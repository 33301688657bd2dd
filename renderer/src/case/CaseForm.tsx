// The case's facts: which account on which platform, its status, the date and reason of the freeze, and
// the notice exactly as received. One form creates a case and edits it later.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_LABELS, STATUS_LABELS } from '../../../shared/case/labels';
import { platformInfo } from '../../../shared/case/platforms';
import { CASE_ASKS, CASE_STATUSES, REASON_CATEGORIES, type CasePlatform } from '../../../shared/case/types';
import { PROVIDER_IDS } from '../../../shared/model';
import { useDataApi } from '../app/DataApiContext';
import type { CaseRow } from '../data/case-api';
import { useLoad } from '../ui/useLoad';
import { rowFromDraft, type CaseDraft, type DraftField, type DraftProblem } from './case-draft';
import { localToday } from './dates';
import { useLang } from './lang';

export const PLATFORM_CHOICES: CasePlatform[] = [...PROVIDER_IDS.filter((p) => p !== 'generic'), 'other'];

interface Props {
  initial: CaseDraft;
  previous?: CaseRow;
  newId: () => string;
  submitLabel: string;
  onSave(row: CaseRow): Promise<void>;
  onCancel?(): void;
}

export function CaseForm({ initial, previous, newId, submitLabel, onSave, onCancel }: Props) {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const id = useId();
  const api = useDataApi();
  const accounts = useLoad(() => api.listAccounts(), [api]);
  const [d, setD] = useState<CaseDraft>(initial);
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const set = <K extends keyof CaseDraft>(k: K, v: CaseDraft[K]): void => setD((cur) => ({ ...cur, [k]: v }));

  const submit = async (): Promise<void> => {
    const now = new Date();
    const result = rowFromDraft(d, { previous, id: previous?.id ?? newId(), now: now.toISOString(), today: localToday(now), lang });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    setError(undefined);
    try {
      await onSave(result.row);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, label: string, control: ReactNode, opts: { problem?: DraftProblem; help?: string } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {opts.help && <span id={`${id}-${name}-help`} className="muted field-help">{opts.help}</span>}
      {opts.problem && <span id={`${id}-${name}-err`} className="field-error">{t(`form.problem.${opts.problem}`)}</span>}
    </div>
  );
  const describedBy = (name: string, problem?: DraftProblem, help?: boolean): string | undefined =>
    [help ? `${id}-${name}-help` : '', problem ? `${id}-${name}-err` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        {field('platform', t('form.platform'), (
          <select id={`${id}-platform`} value={d.platform} onChange={(e) => set('platform', e.target.value as CasePlatform)}>
            {PLATFORM_CHOICES.map((p) => (
              <option key={p} value={p}>{p === 'other' ? t('form.otherPlatform') : pick(platformInfo(p).name)}</option>
            ))}
          </select>
        ))}
        {field('account', t('form.account'), (
          <input
            id={`${id}-account`}
            value={d.account}
            required
            aria-invalid={problems.account ? true : undefined}
            aria-describedby={describedBy('account', problems.account, true)}
            onChange={(e) => set('account', e.target.value)}
          />
        ), { problem: problems.account, help: t('form.accountHelp') })}
        {field('holder', t('form.holderName'), <input id={`${id}-holder`} value={d.holderName} onChange={(e) => set('holderName', e.target.value)} />)}
        {field('contact', t('form.contact'), <input id={`${id}-contact`} value={d.contact} onChange={(e) => set('contact', e.target.value)} />)}
        {field('linked', t('form.linkedAccount'), (
          <select id={`${id}-linked`} value={d.accountId} aria-describedby={`${id}-linked-help`} onChange={(e) => set('accountId', e.target.value)}>
            <option value="">{t('form.notLinked')}</option>
            {accounts.state === 'ready' && accounts.data.map((a) => (
              <option key={a.accountId} value={a.accountId}>{`${a.accountId} (${pick(platformInfo(a.provider).name)})`}</option>
            ))}
          </select>
        ), { help: t('form.linkedHelp') })}
        {field('status', t('form.status'), (
          <select id={`${id}-status`} value={d.status} onChange={(e) => set('status', e.target.value as CaseDraft['status'])}>
            {CASE_STATUSES.map((s) => <option key={s} value={s}>{pick(STATUS_LABELS[s])}</option>)}
          </select>
        ))}
        {field('reason', t('form.reason'), (
          <select id={`${id}-reason`} value={d.reason} aria-describedby={`${id}-reason-help`} onChange={(e) => set('reason', e.target.value as CaseDraft['reason'])}>
            {REASON_CATEGORIES.map((r) => <option key={r} value={r}>{pick(REASON_LABELS[r])}</option>)}
          </select>
        ), { help: t('form.reasonHelp') })}
        {field('restricted', t('form.restrictedOn'), (
          <input
            id={`${id}-restricted`}
            type="date"
            value={d.restrictedOn}
            max={localToday()}
            aria-invalid={problems.restrictedOn ? true : undefined}
            aria-describedby={describedBy('restricted', problems.restrictedOn)}
            onChange={(e) => set('restrictedOn', e.target.value)}
          />
        ), { problem: problems.restrictedOn })}
        {field('ref', t('form.noticeReference'), <input id={`${id}-ref`} value={d.noticeReference} onChange={(e) => set('noticeReference', e.target.value)} />)}
        {field('balance', t('form.balance'), (
          <input
            id={`${id}-balance`}
            inputMode="decimal"
            value={d.balanceAmount}
            aria-invalid={problems.balanceAmount ? true : undefined}
            aria-describedby={describedBy('balance', problems.balanceAmount)}
            onChange={(e) => set('balanceAmount', e.target.value)}
          />
        ), { problem: problems.balanceAmount })}
        {field('currency', t('form.currency'), (
          <input
            id={`${id}-currency`}
            value={d.balanceCurrency}
            maxLength={3}
            placeholder="CNY"
            aria-invalid={problems.balanceCurrency ? true : undefined}
            aria-describedby={describedBy('currency', problems.balanceCurrency)}
            onChange={(e) => set('balanceCurrency', e.target.value.toUpperCase())}
          />
        ), { problem: problems.balanceCurrency })}
      </div>
      <div className="field">
        <label htmlFor={`${id}-notice`}>{t('form.noticeText')}</label>
        <textarea id={`${id}-notice`} rows={5} value={d.noticeText} aria-describedby={`${id}-notice-help`} onChange={(e) => set('noticeText', e.target.value)} />
        <span id={`${id}-notice-help`} className="muted field-help">{t('form.noticeHelp')}</span>
      </div>
      <fieldset className="field">
        <legend className="label-block">{t('form.asks')}</legend>
        <div className="radio-row">
          {CASE_ASKS.map((a) => (
            <label key={a} className="checkbox">
              <input
                type="checkbox"
                checked={d.asks.includes(a)}
                onChange={(e) => set('asks', e.target.checked ? [...d.asks, a] : d.asks.filter((x) => x !== a))}
              />
              {t(`ask.${a}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {d.asks.includes('release-funds') &&
        field('refund', t('form.refundAccount'), <input id={`${id}-refund`} value={d.refundAccount} onChange={(e) => set('refundAccount', e.target.value)} />)}
      {d.reason === 'legal-freeze' && (
        <div className="form-grid">
          {field('authority', t('form.authorityName'), <input id={`${id}-authority`} value={d.authorityName} onChange={(e) => set('authorityName', e.target.value)} />)}
          {field('authref', t('form.authorityReference'), <input id={`${id}-authref`} value={d.authorityReference} onChange={(e) => set('authorityReference', e.target.value)} />)}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('form.notes')}</label>
        <textarea id={`${id}-notes`} rows={2} value={d.notes} onChange={(e) => set('notes', e.target.value)} />
      </div>
      {Object.keys(problems).length > 0 && <p role="alert" className="field-error">{t('form.fixProblems')}</p>}
      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" className="button" onClick={onCancel}>{t('common:actions.cancel')}</button>}
      </div>
    </form>
  );
}
