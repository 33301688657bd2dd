// The support-contact log. Only official channels belong here (APPEALS.md §6): the platform's channels
// are listed, each entry says whether its channel was confirmed as official, and entries where the other
// side asked for a code, a password, screen sharing or money are flagged as the scams they usually are.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactWarnings, dueFollowUps } from '../../../shared/case/contact-log';
import { CHANNEL_LABELS, formatWhen } from '../../../shared/case/labels';
import { platformInfo } from '../../../shared/case/platforms';
import type { ContactEntry } from '../../../shared/case/types';
import type { CaseRow, ContactRow } from '../data/case-api';
import { useToast } from '../ui/ToastProvider';
import { useCaseApi } from './CaseApiContext';
import { ContactForm } from './ContactForm';
import { localToday } from './dates';
import { useLang } from './lang';

export function ContactLog({ row, contacts }: { row: CaseRow; contacts: ContactRow[] }) {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const api = useCaseApi();
  const toast = useToast();
  const id = useId();
  const [form, setForm] = useState<{ entry?: ContactEntry }>();
  const [error, setError] = useState<string>();
  const info = platformInfo(row.platform);
  const due = new Map(dueFollowUps({ contacts }, localToday()).map((d) => [d.entry.id, d.daysOverdue]));

  const save = async (entry: ContactEntry): Promise<void> => {
    await api.saveContact(row.id, entry);
    setForm(undefined);
  };
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = (entry: ContactRow) =>
    run(async () => {
      const removed = await api.deleteContact(entry.id);
      if (removed) {
        toast({
          message: t('contacts.deleted', { when: formatWhen(entry.at, lang) }),
          action: { label: t('common:actions.undo'), run: () => api.restoreContact(removed) },
        });
      }
    });

  return (
    <section aria-labelledby={`${id}-h`} className="case-section">
      <h2 id={`${id}-h`}>{t('contacts.title')}</h2>
      <div className="scam-warning" role="note" aria-labelledby={`${id}-scam`}>
        <h3 id={`${id}-scam`}>{t('contacts.scamTitle')}</h3>
        <ul>
          <li>{t('contacts.scamNoCodes')}</li>
          <li>{t('contacts.scamNoLinks')}</li>
          <li>{t('contacts.scamNoScreen')}</li>
          <li>{t('contacts.scamNoFees')}</li>
        </ul>
      </div>
      <h3>{t('contacts.officialTitle', { platform: pick(info.name) })}</h3>
      {info.channels.length === 0 ? (
        <p className="muted">{t('contacts.noKnownChannels')}</p>
      ) : (
        <ul className="official-channels">
          {info.channels.map((c) => (
            <li key={`${c.channel}-${c.detail}`}>
              {pick(c.label)} <span className={`source-badge source-${c.source}`}>{t(`source.${c.source}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('contacts.asOfLastCheck')}</p>

      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      {contacts.length === 0 && !form && <p className="muted">{t('contacts.empty')}</p>}
      <ol className="contact-list">
        {contacts.map((e) => {
          const warnings = contactWarnings(e, row.platform);
          const overdue = due.get(e.id);
          const when = formatWhen(e.at, lang);
          if (form?.entry?.id === e.id) {
            return (
              <li key={e.id}>
                <ContactForm platform={row.platform} entry={e} onSave={save} onCancel={() => setForm(undefined)} />
              </li>
            );
          }
          return (
            <li key={e.id}>
              <article className="contact-entry" aria-label={t('contacts.entryLabel', { when })}>
                <header className="contact-entry-head">
                  <strong>{when}</strong> · {pick(CHANNEL_LABELS[e.channel])}
                  {e.channelDetail && <> · <span className="mono">{e.channelDetail}</span></>}
                  <span className={e.officialConfirmed ? 'source-badge source-official' : 'source-badge source-unverified'}>
                    {e.officialConfirmed ? t('contacts.verified') : t('contacts.unverified')}
                  </span>
                </header>
                <dl className="contact-facts">
                  {e.ticket && <div><dt>{t('contacts.ticket')}</dt><dd>{e.ticket}</dd></div>}
                  {e.agent && <div><dt>{t('contacts.agent')}</dt><dd>{e.agent}</dd></div>}
                  {e.asked && <div><dt>{t('contacts.asked')}</dt><dd>{e.asked}</dd></div>}
                  {e.answered && <div><dt>{t('contacts.answered')}</dt><dd>{e.answered}</dd></div>}
                  {e.promisedNextStep && <div><dt>{t('contacts.nextStep')}</dt><dd>{e.promisedNextStep}</dd></div>}
                  {e.followUpOn && (
                    <div>
                      <dt>{t('contacts.followUpOn')}</dt>
                      <dd>
                        {formatWhen(e.followUpOn, lang)}
                        {e.followUpDone && ` — ${t('contacts.followUpDoneShort')}`}
                        {overdue !== undefined && (
                          <strong className="due-badge">{overdue === 0 ? t('contacts.dueToday') : t('contacts.overdue', { count: overdue })}</strong>
                        )}
                      </dd>
                    </div>
                  )}
                </dl>
                {warnings.length > 0 && (
                  <ul className="contact-warnings" aria-label={t('contacts.warningsTitle')}>
                    {warnings.map((w) => <li key={w}>{t(`contactWarning.${w}`)}</li>)}
                  </ul>
                )}
                <div className="contact-actions">
                  {overdue !== undefined && (
                    <button type="button" className="button" onClick={() => void run(() => api.saveContact(row.id, { ...e, followUpDone: true }))}>
                      {t('contacts.markDone')}
                    </button>
                  )}
                  <button type="button" className="button button-quiet" aria-label={t('contacts.editNamed', { when })} onClick={() => setForm({ entry: e })}>
                    {t('contacts.edit')}
                  </button>
                  <button type="button" className="button button-quiet" aria-label={t('contacts.deleteNamed', { when })} onClick={() => void remove(e)}>
                    {t('contacts.delete')}
                  </button>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
      {form && !form.entry ? (
        <ContactForm platform={row.platform} onSave={save} onCancel={() => setForm(undefined)} />
      ) : (
        !form && <button type="button" className="button" onClick={() => setForm({})}>{t('contacts.add')}</button>
      )}
    </section>
  );
}
