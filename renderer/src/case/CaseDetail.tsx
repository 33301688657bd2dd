// One case: its facts (editable), the checklist for its reason, the support-contact log, attachments and
// the merged timeline, with the way to the evidence bundle.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen, REASON_LABELS, STATUS_LABELS } from '../../../shared/case/labels';
import { formatMoney } from '../../../shared/money';
import type { StoredCase } from '../data/case-api';
import { PageHeading } from '../ui/PageHeading';
import { Attachments } from './Attachments';
import { useCaseApi } from './CaseApiContext';
import { draftFromRow } from './case-draft';
import { CaseForm } from './CaseForm';
import { ChecklistEditor } from './ChecklistEditor';
import { ContactLog } from './ContactLog';
import { useLang } from './lang';
import { caseHref } from './links';
import { Timeline } from './Timeline';

export function CaseDetail({ stored, caseName }: { stored: StoredCase; caseName: string }) {
  const { t } = useTranslation('case');
  const { lang, pick } = useLang();
  const api = useCaseApi();
  const [editing, setEditing] = useState(false);
  const c = stored.row;

  return (
    <>
      <PageHeading>{caseName}</PageHeading>
      <nav className="page-actions" aria-label={t('detail.actions')}>
        <a href={caseHref()}>{t('backToList')}</a>
        <a className="button button-primary" href={caseHref(c.id, 'export')}>{t('detail.export')}</a>
      </nav>

      <section aria-labelledby="case-facts-h" className="case-section">
        <h2 id="case-facts-h">{t('detail.facts')}</h2>
        {editing ? (
          <CaseForm
            initial={draftFromRow(c)}
            previous={c}
            newId={() => c.id}
            submitLabel={t('detail.save')}
            onCancel={() => setEditing(false)}
            onSave={async (row) => {
              await api.saveCase(row);
              setEditing(false);
            }}
          />
        ) : (
          <>
            <dl className="case-facts">
              <div><dt>{t('form.status')}</dt><dd>{pick(STATUS_LABELS[c.status])}</dd></div>
              <div><dt>{t('form.reason')}</dt><dd>{pick(REASON_LABELS[c.reason])}</dd></div>
              <div><dt>{t('form.restrictedOn')}</dt><dd>{c.restrictedOn ? formatWhen(c.restrictedOn, lang) : t('detail.notGiven')}</dd></div>
              {c.noticeReference && <div><dt>{t('form.noticeReference')}</dt><dd>{c.noticeReference}</dd></div>}
              {c.holderName && <div><dt>{t('form.holderName')}</dt><dd>{c.holderName}</dd></div>}
              {c.balanceAtNotice && (
                <div><dt>{t('form.balance')}</dt><dd>{formatMoney(c.balanceAtNotice.amountMinor, c.balanceAtNotice.currency, lang)}</dd></div>
              )}
              <div><dt>{t('form.linkedAccount')}</dt><dd>{c.accountId ?? t('form.notLinked')}</dd></div>
            </dl>
            <h3>{t('form.noticeText')}</h3>
            {c.noticeText.trim() ? <blockquote className="case-notice">{c.noticeText}</blockquote> : <p className="muted">{t('detail.noNotice')}</p>}
            <button type="button" className="button" onClick={() => setEditing(true)}>{t('detail.edit')}</button>
          </>
        )}
      </section>

      <ChecklistEditor row={c} />
      <ContactLog row={c} contacts={stored.contacts} />
      <Attachments caseId={c.id} attachments={stored.attachments} />
      <Timeline row={c} contacts={stored.contacts} />
    </>
  );
}
