// One support contact: when, through which channel, ticket and agent, what was asked and answered, the
// promised next step and when to chase it. Warnings (APPEALS.md §6) show while typing, before saving.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactWarnings } from '../../../shared/case/contact-log';
import { CHANNEL_LABELS } from '../../../shared/case/labels';
import { CONTACT_CHANNELS, type CasePlatform, type ContactChannel, type ContactEntry } from '../../../shared/case/types';
import { fromLocalInput, isDay, nowLocalInput, toLocalInput } from './dates';
import { useLang } from './lang';

interface Draft {
  at: string;
  channel: ContactChannel;
  channelDetail: string;
  officialConfirmed: boolean;
  ticket: string;
  agent: string;
  asked: string;
  answered: string;
  promisedNextStep: string;
  followUpOn: string;
  followUpDone: boolean;
}

function toDraft(e?: ContactEntry): Draft {
  return {
    at: e ? toLocalInput(e.at) : nowLocalInput(),
    channel: e?.channel ?? 'in-app-chat',
    channelDetail: e?.channelDetail ?? '',
    officialConfirmed: e?.officialConfirmed ?? false,
    ticket: e?.ticket ?? '',
    agent: e?.agent ?? '',
    asked: e?.asked ?? '',
    answered: e?.answered ?? '',
    promisedNextStep: e?.promisedNextStep ?? '',
    followUpOn: e?.followUpOn ?? '',
    followUpDone: e?.followUpDone ?? false,
  };
}

const opt = <K extends string>(k: K, v: string): { [P in K]?: string } => (v.trim() ? ({ [k]: v.trim() } as { [P in K]: string }) : {});

function toEntry(d: Draft, id: string, previousAt?: string): ContactEntry | undefined {
  // Keep the stored value (and its offset) when the time was not changed.
  const at = previousAt && toLocalInput(previousAt) === d.at ? previousAt : fromLocalInput(d.at);
  if (!at) return undefined;
  return {
    id, at, channel: d.channel, officialConfirmed: d.officialConfirmed, asked: d.asked.trim(), answered: d.answered.trim(),
    ...opt('channelDetail', d.channelDetail),
    ...opt('ticket', d.ticket),
    ...opt('agent', d.agent),
    ...opt('promisedNextStep', d.promisedNextStep),
    ...opt('followUpOn', d.followUpOn),
    ...(d.followUpOn && d.followUpDone ? { followUpDone: true } : {}),
  };
}

interface Props {
  platform: CasePlatform;
  entry?: ContactEntry;
  onSave(entry: ContactEntry): Promise<void>;
  onCancel(): void;
}

export function ContactForm({ platform, entry, onSave, onCancel }: Props) {
  const { t } = useTranslation('case');
  const { pick } = useLang();
  const id = useId();
  const [d, setD] = useState<Draft>(() => toDraft(entry));
  const [problem, setProblem] = useState<'at' | 'followUpOn'>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const set = <K extends keyof Draft>(k: K, v: Draft[K]): void => setD((cur) => ({ ...cur, [k]: v }));
  const preview = toEntry(d, entry?.id ?? 'draft', entry?.at);
  const warnings = preview ? contactWarnings(preview, platform) : [];

  const submit = async (): Promise<void> => {
    const e = toEntry(d, entry?.id ?? crypto.randomUUID(), entry?.at);
    if (!e) return setProblem('at');
    if (d.followUpOn && !isDay(d.followUpOn)) return setProblem('followUpOn');
    setProblem(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await onSave(e);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const text = (name: keyof Draft, label: string, multiline = false) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {multiline ? (
        <textarea id={`${id}-${name}`} rows={3} value={d[name] as string} onChange={(e) => set(name, e.target.value)} />
      ) : (
        <input id={`${id}-${name}`} value={d[name] as string} onChange={(e) => set(name, e.target.value)} />
      )}
    </div>
  );

  return (
    <form
      className="contact-form"
      aria-label={entry ? t('contacts.editTitle') : t('contacts.addTitle')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-at`}>{t('contacts.at')}</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={d.at}
            aria-invalid={problem === 'at' ? true : undefined}
            onChange={(e) => set('at', e.target.value)}
          />
          {problem === 'at' && <span className="field-error">{t('form.problem.not-a-date')}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('contacts.channel')}</label>
          <select id={`${id}-channel`} value={d.channel} onChange={(e) => set('channel', e.target.value as ContactChannel)}>
            {CONTACT_CHANNELS.map((c) => <option key={c} value={c}>{pick(CHANNEL_LABELS[c])}</option>)}
          </select>
        </div>
        {text('channelDetail', t('contacts.channelDetail'))}
        {text('ticket', t('contacts.ticket'))}
        {text('agent', t('contacts.agent'))}
      </div>
      <label className="checkbox official-check">
        <input type="checkbox" checked={d.officialConfirmed} onChange={(e) => set('officialConfirmed', e.target.checked)} />
        {t('contacts.officialConfirmed')}
      </label>
      {text('asked', t('contacts.asked'), true)}
      {text('answered', t('contacts.answered'), true)}
      {text('promisedNextStep', t('contacts.nextStep'))}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-follow`}>{t('contacts.followUpOn')}</label>
          <input
            id={`${id}-follow`}
            type="date"
            value={d.followUpOn}
            aria-invalid={problem === 'followUpOn' ? true : undefined}
            onChange={(e) => set('followUpOn', e.target.value)}
          />
        </div>
        {d.followUpOn && (
          <label className="checkbox field-action">
            <input type="checkbox" checked={d.followUpDone} onChange={(e) => set('followUpDone', e.target.checked)} />
            {t('contacts.followUpDone')}
          </label>
        )}
      </div>
      {warnings.length > 0 && (
        <div className="contact-warnings" aria-live="polite">
          <p>{t('contacts.warningsTitle')}</p>
          <ul>{warnings.map((w) => <li key={w}>{t(`contactWarning.${w}`)}</li>)}</ul>
        </div>
      )}
      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>{t('contacts.save')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('common:actions.cancel')}</button>
      </div>
    </form>
  );
}
