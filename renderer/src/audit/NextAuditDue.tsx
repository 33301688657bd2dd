// The Home page's line about the next self-audit: when it is due (or that it is overdue), with a link.
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/routes';
import { todayIso } from '../insights/period';
import { useLoad } from '../ui/useLoad';
import { useAuditApi, useAuditVersion } from './AuditApiContext';

export function NextAuditDue({ today = todayIso() }: { today?: string }) {
  const { t } = useTranslation('audit');
  const audits = useAuditApi();
  const version = useAuditVersion();
  const next = useLoad(() => audits.nextAudit(today), [audits, version, today]);
  if (next.state !== 'ready') return null;
  const n = next.data;
  return (
    <p className={n.overdue ? 'audit-overdue' : undefined} data-testid="next-audit-due">
      {n.lastCompletedAt ? t(n.overdue ? 'home.overdue' : 'home.due', { date: n.due }) : t('home.never')}{' '}
      <a href={hrefFor('audit')}>{n.overdue || !n.lastCompletedAt ? t('home.start') : t('home.open')}</a>
    </p>
  );
}
