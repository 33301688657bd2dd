// One self-audit, step by step: what changed in the period, the security checklist, notes, and Save —
// which stores the snapshot (what was reviewed, what was found, the checklist as it stands, the notes).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityItemId, SecurityItemState } from '../../../shared/audit/security-checklist';
import { snapshotFrom, type AuditSnapshot } from '../../../shared/audit/snapshot';
import { useDataVersion } from '../app/DataApiContext';
import { useInsightsApi } from '../insights/InsightsApiContext';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useLoad } from '../ui/useLoad';
import { useAuditApi } from './AuditApiContext';
import { ChecklistStep } from './ChecklistStep';
import { BalanceStep, CounterpartiesStep, FindingsStep, MethodsStep, RecurringStep } from './ReviewSteps';

export const STEPS = ['counterparties', 'methods', 'recurring', 'findings', 'balance', 'checklist', 'notes'] as const;
export type StepId = (typeof STEPS)[number];

interface Props {
  period: { from: string; to: string };
  today: string;
  onSaved(snapshot: AuditSnapshot): void;
  onCancel(): void;
  newId?: () => string;
}

export function AuditStepper({ period, today, onSaved, onCancel, newId = () => crypto.randomUUID() }: Props) {
  const { t } = useTranslation('audit');
  const insights = useInsightsApi();
  const audits = useAuditApi();
  const version = useDataVersion();
  const [progress, setProgress] = useState<number>();
  const answer = useLoad(() => insights.auditReview(period, (f) => setProgress(f)), [insights, version, period.from, period.to]);
  const [checklist, setChecklist] = useState<SecurityItemState[]>();
  const [step, setStep] = useState(0);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    audits.getChecklist().then((c) => live && setChecklist(c), () => live && setChecklist([]));
    return () => {
      live = false;
    };
  }, [audits]);

  // Each new step's heading takes focus, so keyboard and screen-reader users start reading at the top.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);
  const go = (to: number): void => {
    moved.current = true;
    setStep(to);
  };

  const setItem = async (id: SecurityItemId, state: Omit<SecurityItemState, 'id'> | undefined): Promise<void> => {
    setBusy(true);
    try {
      setChecklist(await audits.setChecklistItem(id, state));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<void> => {
    if (answer.state !== 'ready' || !checklist) return;
    setBusy(true);
    setError(undefined);
    try {
      const snapshot = snapshotFrom(newId(), today, answer.data.review, answer.data.findingCounts, checklist, notes);
      await audits.saveAudit(snapshot);
      onSaved(snapshot);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  if (answer.state === 'loading' || !checklist) return <ProgressStatus fraction={progress} label={t('running.loading')} />;
  if (answer.state === 'error') return <p role="alert">{t('common:loadFailed', { error: answer.error })}</p>;
  const { review, unreviewed } = answer.data;
  const id: StepId = STEPS[step]!;
  const counts: Partial<Record<StepId, number>> = {
    counterparties: review.newCounterparties.length, methods: review.newFundingMethods.length, recurring: review.recurring.length,
    findings: unreviewed.length, balance: review.balances.length,
  };

  return (
    <section className="audit-run" aria-labelledby="audit-step-heading">
      <p className="muted">{t('running.period', { from: period.from, to: period.to, count: review.transactions })}</p>
      <nav aria-label={t('running.steps')}>
        <ol className="audit-steps">
          {STEPS.map((s, i) => (
            <li key={s}>
              <button type="button" className="button button-quiet" aria-current={i === step ? 'step' : undefined} onClick={() => go(i)}>
                {i + 1}. {t(`steps.${s}.short`)}
                {counts[s] ? ` (${counts[s]})` : ''}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="audit-step">
        <h2 id="audit-step-heading" ref={headingRef} tabIndex={-1}>
          {t('running.stepOf', { n: step + 1, total: STEPS.length })} {t(`steps.${id}.title`)}
        </h2>
        <p className="muted">{t(`steps.${id}.help`)}</p>
        {id === 'counterparties' && <CounterpartiesStep review={review} />}
        {id === 'methods' && <MethodsStep review={review} />}
        {id === 'recurring' && <RecurringStep review={review} />}
        {id === 'findings' && <FindingsStep unreviewed={unreviewed} />}
        {id === 'balance' && <BalanceStep review={review} />}
        {id === 'checklist' && <ChecklistStep checklist={checklist} today={today} busy={busy} onChange={(i, s) => void setItem(i, s)} />}
        {id === 'notes' && (
          <div className="field">
            <label htmlFor="audit-notes">{t('steps.notes.label')}</label>
            <textarea id="audit-notes" rows={5} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
        )}
      </div>
      {error && <p role="alert">{t('running.failed', { error })}</p>}
      <div className="audit-nav">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('running.cancel')}
        </button>
        <button type="button" className="button" onClick={() => go(step - 1)} disabled={step === 0 || busy}>
          {t('running.back')}
        </button>
        {step < STEPS.length - 1 ? (
          <button type="button" className="button button-primary" onClick={() => go(step + 1)}>
            {t('running.next')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
            {t('running.save')}
          </button>
        )}
      </div>
    </section>
  );
}
