// Home: guides a new user to Import; once there is data, a short overview with links to what needs
// attention. The self-audit due date and due follow-ups of the case work belong in this page too.
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/model';
import { NextAuditDue } from '../audit/NextAuditDue';
import { FollowUpsDue } from '../case/FollowUpsDue';
import { PageHeading } from '../ui/PageHeading';
import { NoDataYet } from '../ui/NoDataYet';
import { useLoad } from '../ui/useLoad';
import { useDataApi, useDataVersion } from './DataApiContext';
import { hrefFor } from './routes';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

export function HomePage() {
  const { t } = useTranslation('home');
  const api = useDataApi();
  const version = useDataVersion();
  const overview = useLoad(async () => {
    const [page, accounts, findings] = await Promise.all([
      api.queryTransactions({}, 0, 0),
      api.listAccounts(),
      api.listFindings(),
    ]);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    return { total: page.total, accounts: accounts.length, bySeverity };
  }, [api, version]);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <FollowUpsDue />
      <NextAuditDue />
      {overview.state === 'loading' && <p role="status">{t('common:loading')}</p>}
      {overview.state === 'error' && <p role="alert">{t('common:loadFailed', { error: overview.error })}</p>}
      {overview.state === 'ready' && overview.data.total === 0 && (
        <NoDataYet ns="home" />
      )}
      {overview.state === 'ready' && overview.data.total > 0 && (
        <section aria-labelledby="home-overview">
          <h2 id="home-overview">{t('overview.title')}</h2>
          <ul className="stat-list">
            <li>
              <a href={hrefFor('transactions')}>{t('overview.transactions', { count: overview.data.total })}</a>
            </li>
            <li>{t('overview.accounts', { count: overview.data.accounts })}</li>
            {SEVERITIES.map((s) => (
              <li key={s}>
                <a href={hrefFor('findings')}>
                  {t(`overview.findings.${s}`, { count: overview.data.bySeverity[s] ?? 0 })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
