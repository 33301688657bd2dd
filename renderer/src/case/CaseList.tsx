// Every appeal case, newest change first, and the form that starts a new one. Deleting a case takes its
// contact log and attachments with it; the toast's Undo puts all of it back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistProgress } from '../../../shared/case/checklist';
import { formatWhen, REASON_LABELS, STATUS_LABELS } from '../../../shared/case/labels';
import { platformInfo } from '../../../shared/case/platforms';
import { EmptyState } from '../ui/EmptyState';
import { PageHeading } from '../ui/PageHeading';
import { useToast } from '../ui/ToastProvider';
import { useLoad } from '../ui/useLoad';
import { useCaseApi, useCaseVersion } from './CaseApiContext';
import { emptyDraft } from './case-draft';
import { CaseForm } from './CaseForm';
import { localToday } from './dates';
import { useLang } from './lang';
import { caseHref } from './links';
import { useFocusHeading } from './focus';

export function CaseList() {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const api = useCaseApi();
  const toast = useToast();
  const version = useCaseVersion();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  useFocusHeading('list', true);
  const list = useLoad(async () => {
    const [cases, due] = await Promise.all([api.listCases(), api.dueFollowUps(localToday())]);
    return { cases, due };
  }, [api, version]);

  const remove = async (id: string, name: string): Promise<void> => {
    setError(undefined);
    try {
      const deleted = await api.deleteCase(id);
      if (!deleted) return;
      toast({
        message: t('list.deleted', { name }),
        action: { label: t('common:actions.undo'), run: () => api.restoreCase(deleted) },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="muted">{t('list.intro')}</p>
      {!creating && (
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>{t('list.new')}</button>
        </div>
      )}
      {creating && (
        <section aria-labelledby="case-new-h" className="case-section">
          <h2 id="case-new-h">{t('list.newTitle')}</h2>
          <CaseForm
            initial={emptyDraft()}
            newId={() => crypto.randomUUID()}
            submitLabel={t('list.create')}
            onCancel={() => setCreating(false)}
            onSave={async (row) => {
              await api.saveCase(row);
              setCreating(false);
              location.hash = caseHref(row.id);
            }}
          />
        </section>
      )}
      {error && <p role="alert">{t('saveFailed', { error })}</p>}
      {list.state === 'loading' && <p role="status">{t('common:loading')}</p>}
      {list.state === 'error' && <p role="alert">{t('common:loadFailed', { error: list.error })}</p>}
      {list.state === 'ready' && list.data.cases.length === 0 && !creating && (
        <EmptyState
          title={t('list.emptyTitle')}
          action={<button type="button" className="button button-primary" onClick={() => setCreating(true)}>{t('list.new')}</button>}
        >
          {t('list.emptyBody')}
        </EmptyState>
      )}
      {list.state === 'ready' && list.data.cases.length > 0 && (
        <ul className="case-list" aria-label={t('list.label')}>
          {list.data.cases.map((c) => {
            const name = t('caseName', { platform: pick(platformInfo(c.platform).name), account: c.account });
            const progress = checklistProgress(c.checklist);
            const due = list.data.due.filter((d) => d.caseId === c.id).length;
            return (
              <li key={c.id} className="case-card">
                <h2 className="case-card-title"><a href={caseHref(c.id)}>{name}</a></h2>
                <dl className="case-facts">
                  <div><dt>{t('form.status')}</dt><dd>{pick(STATUS_LABELS[c.status])}</dd></div>
                  <div><dt>{t('form.reason')}</dt><dd>{pick(REASON_LABELS[c.reason])}</dd></div>
                  {c.restrictedOn && <div><dt>{t('form.restrictedOn')}</dt><dd>{formatWhen(c.restrictedOn, lang)}</dd></div>}
                  <div><dt>{t('checklist.title')}</dt><dd>{t('checklist.progress', { done: progress.done, total: progress.total })}</dd></div>
                </dl>
                {due > 0 && <p className="due-badge">{t('list.due', { count: due })}</p>}
                <div className="case-card-actions">
                  <a className="button" href={caseHref(c.id, 'export')}>{t('list.export')}</a>
                  <button type="button" className="button button-quiet" onClick={() => void remove(c.id, name)} aria-label={t('list.deleteNamed', { name })}>
                    {t('list.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
