// The security checklist: each item with the day it was last confirmed and whether that is still fresh.
// Confirming or marking an item failing is saved at once (the checklist outlives any one audit).
import { useTranslation } from 'react-i18next';
import { itemStatus, SECURITY_ITEMS, type SecurityItemId, type SecurityItemState } from '../../../shared/audit/security-checklist';
import type { Lang } from '../../../shared/rules/types';

interface Props {
  checklist: SecurityItemState[];
  today: string;
  busy: boolean;
  onChange(id: SecurityItemId, state: Omit<SecurityItemState, 'id'> | undefined): void;
}

export function ChecklistStep({ checklist, today, busy, onChange }: Props) {
  const { t, i18n } = useTranslation('audit');
  const lang: Lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const byId = new Map(checklist.map((s) => [s.id, s]));
  return (
    <ul className="checklist">
      {SECURITY_ITEMS.map((def) => {
        const state = byId.get(def.id);
        const status = itemStatus(def, state, today);
        const textId = `check-${def.id}`;
        return (
          <li key={def.id} className={`checklist-item checklist-${status}`} aria-labelledby={textId} data-item={def.id}>
            <p id={textId} className="checklist-text">{def.text[lang]}</p>
            <p className="checklist-state">
              <span className={`status status-${status}`}>{t(`checklist.statuses.${status}`)}</span>{' '}
              <span className="muted">
                {state?.confirmedAt ? t('checklist.lastConfirmed', { date: state.confirmedAt }) : t('checklist.neverConfirmed')}
                {status === 'stale' && ` ${t('checklist.staleAfter', { count: def.freshDays })}`}
              </span>
            </p>
            <div className="checklist-actions" role="group" aria-label={def.text[lang]}>
              <button type="button" className="button" disabled={busy} onClick={() => onChange(def.id, { confirmedAt: today })}>
                {t('checklist.confirm')}
              </button>
              <button
                type="button"
                className="button"
                aria-pressed={!!state?.failing}
                disabled={busy}
                onClick={() => {
                  const confirmed = state?.confirmedAt ? { confirmedAt: state.confirmedAt } : undefined;
                  // Un-marking a failure goes back to the last confirmation, if there was one.
                  onChange(def.id, state?.failing ? confirmed : { failing: true, ...confirmed });
                }}
              >
                {t('checklist.fail')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
