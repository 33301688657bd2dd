// One dated story of the case (shared/case buildTimeline): the owner's events, every support contact and
// the flagged or marked transactions of the case's account and period. Owner events can be added here
// and removed with Undo.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_LABELS, EVENT_LABELS, formatWhen, VERDICT_LABELS } from '../../../shared/case/labels';
import { buildTimeline, type TimelineItem } from '../../../shared/case/timeline';
import { CASE_EVENT_KINDS, type CaseEvent, type CaseEventKind } from '../../../shared/case/types';
import { formatMoney } from '../../../shared/money';
import { ruleTitle } from '../../../shared/rules/index';
import { useDataApi } from '../app/DataApiContext';
import type { CaseRow, ContactRow } from '../data/case-api';
import { loadCandidates } from '../evidence/candidates';
import { useToast } from '../ui/ToastProvider';
import { useLoad } from '../ui/useLoad';
import { useCaseApi, useCaseVersion } from './CaseApiContext';
import { isDay, localToday } from './dates';
import { useLang } from './lang';
import { casePeriod } from './period';

export function Timeline({ row, contacts }: { row: CaseRow; contacts: ContactRow[] }) {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const data = useDataApi();
  const api = useCaseApi();
  const toast = useToast();
  const version = useCaseVersion();
  const id = useId();
  const [kind, setKind] = useState<CaseEventKind>('documents-sent');
  const [day, setDay] = useState(localToday());
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const period = casePeriod(row, localToday());
  const loaded = useLoad(
    () => loadCandidates(data, { ...period, ...(row.accountId ? { accountId: row.accountId } : {}) }),
    [data, version, row.accountId, period.from, period.to],
  );

  const change = async (f: (events: CaseEvent[]) => CaseEvent[]): Promise<void> => {
    setError(undefined);
    try {
      await api.updateCase(row.id, (r) => ({ ...r, events: f(r.events) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const add = async (): Promise<void> => {
    if (!isDay(day)) return setError(t('form.problem.not-a-date'));
    await change((list) => [...list, { id: crypto.randomUUID(), at: day, kind, text: text.trim() }]);
    setText('');
  };
  const remove = async (event: CaseEvent): Promise<void> => {
    await change((list) => list.filter((e) => e.id !== event.id));
    toast({
      message: t('timeline.removed'),
      action: { label: t('common:actions.undo'), run: () => change((list) => (list.some((e) => e.id === event.id) ? list : [...list, event])) },
    });
  };

  const items: TimelineItem[] =
    loaded.state === 'ready'
      ? buildTimeline({ case: { ...row, contacts }, transactions: loaded.data.transactions, findings: loaded.data.findings, marks: loaded.data.marks })
      : buildTimeline({ case: { ...row, contacts }, transactions: [] });
  const ownEvents = new Set(row.events.map((e) => e.id));

  const describe = (item: TimelineItem): string => {
    if (item.kind === 'event') return `${pick(EVENT_LABELS[item.event.kind])}${item.event.text ? `: ${item.event.text}` : ''}`;
    if (item.kind === 'contact') {
      const c = item.contact;
      return [t('timeline.contact', { channel: pick(CHANNEL_LABELS[c.channel]) }), c.ticket && t('timeline.ticket', { ticket: c.ticket }), c.answered]
        .filter(Boolean)
        .join(' — ');
    }
    const x = item.transaction;
    const parts = [`${formatMoney(x.amountMinor, x.currency, lang)} ${x.counterparty}`];
    if (item.mark) parts.push(pick(VERDICT_LABELS[item.mark.verdict]));
    const rules = loaded.state === 'ready' ? loaded.data.findings.filter((f) => item.findingIds.includes(f.id)).map((f) => ruleTitle(f.rule, lang)) : [];
    if (rules.length) parts.push(t('timeline.flagged', { rules: rules.join(', ') }));
    return parts.join(' — ');
  };

  return (
    <section aria-labelledby={`${id}-h`} className="case-section">
      <h2 id={`${id}-h`}>{t('timeline.title')}</h2>
      <p className="muted">
        {period.from ? t('timeline.period', { from: formatWhen(period.from, lang), to: formatWhen(period.to, lang) }) : t('timeline.periodAll', { to: formatWhen(period.to, lang) })}
        {' '}
        {row.accountId ? t('timeline.account', { account: row.accountId }) : t('timeline.allAccounts')}
      </p>
      {loaded.state === 'error' && <p role="alert">{t('common:loadFailed', { error: loaded.error })}</p>}
      {error && <p role="alert">{error}</p>}
      {items.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {items.map((item, i) => (
            <li key={`${item.kind}-${i}`} className={`timeline-item timeline-${item.kind}`}>
              <span className="timeline-kind">{t(`timeline.kind.${item.kind}`)}</span>{' '}
              <time dateTime={item.at}>{formatWhen(item.at, lang)}</time> — {describe(item)}
              {item.kind === 'event' && ownEvents.has(item.event.id) && (
                <button type="button" className="button button-quiet" aria-label={t('timeline.removeNamed', { what: describe(item) })} onClick={() => void remove(item.event)}>
                  {t('timeline.remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        className="inline-form"
        aria-label={t('timeline.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('timeline.eventKind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CaseEventKind)}>
            {CASE_EVENT_KINDS.map((k) => <option key={k} value={k}>{pick(EVENT_LABELS[k])}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('timeline.eventDay')}</label>
          <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-text`}>{t('timeline.eventText')}</label>
          <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button">{t('timeline.add')}</button>
      </form>
    </section>
  );
}
