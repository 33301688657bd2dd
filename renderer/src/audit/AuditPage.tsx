// Self-audit: when the next one is due (and how often), start one for the time since the last (or a
// chosen period), walk through it, and look back at saved audits, each compared with the one before.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAuditPeriod, type AuditInterval } from '../../../shared/audit/schedule';
import type { AuditSnapshot } from '../../../shared/audit/snapshot';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { periodOf, todayIso } from '../insights/period';
import { useAuditApi, useAuditVersion } from './AuditApiContext';
import { AuditStepper } from './AuditStepper';
import { SnapshotView } from './SnapshotView';
import './audit.css';

const INTERVALS: AuditInterval[] = ['monthly', 'quarterly', 'half-yearly', 'yearly'];

type Mode = { kind: 'overview' } | { kind: 'running'; period: { from: string; to: string } } | { kind: 'view'; id: string; justSaved?: boolean };

export function AuditPage({ today = todayIso() }: { today?: string }) {
  const { t } = useTranslation('audit');
  const audits = useAuditApi();
  const version = useAuditVersion();
  const id = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'overview' });
  const [choice, setChoice] = useState<'since' | 'chosen'>('since');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(today);
  const state = useLoad(async () => {
    const [next, list] = await Promise.all([audits.nextAudit(today), audits.listAudits()]);
    return { next, list };
  }, [audits, version, today]);

  // A new view inside the page is like a new page: its heading takes focus.
  const shown = useRef(mode);
  useEffect(() => {
    if (shown.current === mode) return;
    shown.current = mode;
    document.querySelector<HTMLElement>('h1.page-title')?.focus();
  }, [mode]);

  if (state.state === 'loading') return <><PageHeading>{t('title')}</PageHeading><p role="status">{t('common:loading')}</p></>;
  if (state.state === 'error') return <><PageHeading>{t('title')}</PageHeading><p role="alert">{t('common:loadFailed', { error: state.error })}</p></>;
  const { next, list } = state.data;
  const since = defaultAuditPeriod(next.lastPeriodTo, next.interval, today);
  const chosen = periodOf(from, to);
  const chosenOk = !!chosen.from && !!chosen.to && !chosen.invalid;
  const previousOf = (s: AuditSnapshot): AuditSnapshot | undefined => list[list.findIndex((x) => x.id === s.id) + 1];

  if (mode.kind === 'running') {
    return (
      <>
        <PageHeading>{t('running.title')}</PageHeading>
        <AuditStepper period={mode.period} today={today} onCancel={() => setMode({ kind: 'overview' })} onSaved={(s) => setMode({ kind: 'view', id: s.id, justSaved: true })} />
      </>
    );
  }
  const viewing = mode.kind === 'view' ? list.find((s) => s.id === mode.id) : undefined;
  if (viewing) {
    return (
      <>
        <PageHeading>{t('snapshot.heading')}</PageHeading>
        {mode.kind === 'view' && mode.justSaved && (
          <p role="status" className="audit-saved">
            {t('snapshot.saved')}
          </p>
        )}
        <SnapshotView snapshot={viewing} previous={previousOf(viewing)} />
        <p>
          <button type="button" className="button" onClick={() => setMode({ kind: 'overview' })}>
            {t('snapshot.back')}
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <section aria-labelledby={`${id}-due`}>
        <h2 id={`${id}-due`}>{t('due.title')}</h2>
        <p data-testid="audit-due" className={next.overdue ? 'audit-overdue' : undefined}>
          {next.lastCompletedAt
            ? t(next.overdue ? 'due.overdue' : 'due.on', { date: next.due, last: next.lastCompletedAt })
            : t('due.never')}
        </p>
        <div className="field audit-interval">
          <label htmlFor={`${id}-interval`}>{t('due.interval')}</label>
          <select id={`${id}-interval`} value={next.interval} onChange={(e) => void audits.setInterval(e.target.value as AuditInterval)}>
            {INTERVALS.map((i) => (
              <option key={i} value={i}>
                {t(`intervals.${i}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby={`${id}-start`}>
        <h2 id={`${id}-start`}>{t('start.title')}</h2>
        <fieldset className="audit-period">
          <legend>{t('start.period')}</legend>
          <label>
            <input type="radio" name={`${id}-period`} checked={choice === 'since'} onChange={() => setChoice('since')} />{' '}
            {next.lastPeriodTo ? t('start.since', since) : t('start.last', { ...since, interval: t(`intervals.${next.interval}`) })}
          </label>
          <label>
            <input type="radio" name={`${id}-period`} checked={choice === 'chosen'} onChange={() => setChoice('chosen')} /> {t('start.choose')}
          </label>
          {choice === 'chosen' && (
            <div className="audit-dates">
              <div className="field">
                <label htmlFor={`${id}-from`}>{t('start.from')}</label>
                <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>{t('start.to')}</label>
                <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
              </div>
              {chosen.invalid && <p className="field-error" role="alert">{t('start.invalid')}</p>}
            </div>
          )}
        </fieldset>
        <button
          type="button"
          className="button button-primary"
          disabled={choice === 'chosen' && !chosenOk}
          onClick={() => setMode({ kind: 'running', period: choice === 'since' ? since : { from: chosen.from!, to: chosen.to! } })}
        >
          {t('start.button')}
        </button>
      </section>

      <section aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>{t('history.title')}</h2>
        {list.length === 0 ? (
          <p className="muted">{t('history.empty')}</p>
        ) : (
          <table className="chart-table">
            <thead>
              <tr>
                <th scope="col">{t('history.completed')}</th>
                <th scope="col">{t('history.period')}</th>
                <th scope="col">{t('report.transactions')}</th>
                <th scope="col">{t('report.unreviewed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.completedAt}</th>
                  <td>{t('history.range', s.period)}</td>
                  <td className="num">{s.transactions}</td>
                  <td className="num">{s.unreviewedFindings}</td>
                  <td>
                    <button type="button" className="button" onClick={() => setMode({ kind: 'view', id: s.id })} aria-label={t('history.openLabel', { date: s.completedAt, ...s.period })}>
                      {t('history.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
