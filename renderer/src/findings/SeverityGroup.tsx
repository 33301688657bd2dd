import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/model';
import type { Transaction } from '../../../shared/model';
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

export function SeverityGroup({ severity, findings, marks, busy, onNormal }: Props) {
  const { t } = useTranslation('findings');
  if (findings.length === 0) return null;
  const id = `severity-${severity}`;
  return (
    <section className={`severity-group severity-${severity}`} aria-labelledby={id}>
      <h2 id={id}>{t(`group.${severity}`, { count: findings.length })}</h2>
      {findings.map((f) => (
        <FindingCard key={f.id} finding={f} marks={marks} busy={busy} onNormal={onNormal} />
      ))}
    </section>
  );
}
