// Support follow-ups that are due, shown on the Home page when the app opens. Renders nothing when none
// are due, so a user without a case never sees it.
import { useTranslation } from 'react-i18next';
import { CHANNEL_LABELS, formatWhen } from '../../../shared/case/labels';
import { platformInfo } from '../../../shared/case/platforms';
import { useLoad } from '../ui/useLoad';
import { useCaseApi, useCaseVersion } from './CaseApiContext';
import { localToday } from './dates';
import { useLang } from './lang';
import { caseHref } from './links';
import './case.css';

export function FollowUpsDue() {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const api = useCaseApi();
  const version = useCaseVersion();
  const due = useLoad(() => api.dueFollowUps(localToday()), [api, version]);
  if (due.state !== 'ready' || due.data.length === 0) return null;

  return (
    <section aria-labelledby="home-follow-ups" className="follow-ups-due">
      <h2 id="home-follow-ups">{t('followUps.title', { count: due.data.length })}</h2>
      <ul>
        {due.data.map((d) => {
          const name = t('caseName', { platform: pick(platformInfo(d.platform).name), account: d.account });
          const when = formatWhen(d.entry.followUpOn ?? d.entry.at, lang);
          return (
            <li key={`${d.caseId}-${d.entry.id}`}>
              <a href={caseHref(d.caseId)}>{name}</a>
              {' — '}
              {d.daysOverdue === 0 ? t('followUps.today', { when }) : t('followUps.overdue', { when, count: d.daysOverdue })}
              {' · '}
              {t('followUps.via', { channel: pick(CHANNEL_LABELS[d.entry.channel]) })}
              {d.entry.ticket && ` · ${t('contacts.ticket')} ${d.entry.ticket}`}
              {d.entry.promisedNextStep && <> · {d.entry.promisedNextStep}</>}{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('followUps.markDoneNamed', { name })}
                onClick={() => void api.saveContact(d.caseId, { ...d.entry, followUpDone: true })}
              >
                {t('contacts.markDone')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
