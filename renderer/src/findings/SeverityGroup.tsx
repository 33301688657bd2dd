import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity, Transaction } from '../../../shared/model';
import type { Finding } from '../../../shared/rules/types';
import { FindingCard } from './FindingCard';
import type { Marks } from './useMarks';

interface Props {
  severity: Severity;
  findings: Finding[];
  marks: Marks;
  busy: boolean;
  onNormal(txs: Transaction[]): void;
}

/** Findings shown per step: each card loads its transactions, so thousands at once would stall the page. */
export const STEP = 25;

export function SeverityGroup({ severity, findings, marks, busy, onNormal }: Props) {
  const { t } = useTranslation('findings');
  const [shown, setShown] = useState(STEP);
  if (findings.length === 0) return null;
  const left = findings.length - shown;
  const id = `severity-${severity}`;
  return (
    <section className={`severity-group severity-${severity}`} aria-labelledby={id}>
      <h2 id={id}>{t(`group.${severity}`, { count: findings.length })}</h2>
      {findings.slice(0, shown).map((f) => (
        <FindingCard key={f.id} finding={f} marks={marks} busy={busy} onNormal={onNormal} />
      ))}
      {left > 0 && (
        <button type="button" className="button" onClick={() => setShown((n) => n + STEP)}>
          {t('showMore', { count: Math.min(STEP, left), left })}
        </button>
      )}
    </section>
  );
}
