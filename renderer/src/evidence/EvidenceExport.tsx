// The evidence export of one case: choose what goes in, edit the appeal letter, optionally add an
// encrypted copy, then build, verify and save the BagIt zip, and open its report to print.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../shared/bundle/encrypted-copy';
import { useDataApi } from '../app/DataApiContext';
import { useCaseApi } from '../case/CaseApiContext';
import { localToday } from '../case/dates';
import { useLang } from '../case/lang';
import { caseHref } from '../case/links';
import type { StoredCase } from '../data/case-api';
import { saveFile } from '../settings/saveFile';
import { PageHeading } from '../ui/PageHeading';
import { ProgressStatus } from '../ui/ProgressStatus';
import { useLoad } from '../ui/useLoad';
import type { Builder } from './build-client';
import { planEvidence } from './gather';
import { draftLetter } from './letter';
import { LetterEditor } from './LetterEditor';
import { ReportView } from './ReportView';
import { ResultPanel } from './ResultPanel';
import { defaultSelection, type EvidenceSelection } from './selection';
import { SelectionForm } from './SelectionForm';
import { bridge, useEvidenceBuild } from './useEvidenceBuild';
import './evidence.css';

const SENSITIVE = new Set(['id-front', 'id-back', 'proof-of-address']);

export function EvidenceExport({ stored, caseName, builder }: { stored: StoredCase; caseName: string; builder?: Builder }) {
  const { t } = useTranslation('evidence');
  const { lang: uiLang } = useLang();
  const data = useDataApi();
  const cases = useCaseApi();
  const id = useId();
  const [today] = useState(() => localToday());
  const desktop = bridge() !== undefined;
  const [sel, setSel] = useState<EvidenceSelection>(() => defaultSelection(stored, { uiLang, today, desktop }));
  const [edit, setEdit] = useState<{ lang: EvidenceSelection['lang']; text: string }>();
  const [idsConfirmed, setIdsConfirmed] = useState(false);
  const [encrypt, setEncrypt] = useState({ on: false, password: '', again: '', nest: false });
  const [reportOpen, setReportOpen] = useState(false);
  const build = useEvidenceBuild(stored, builder);
  const plan = useLoad(() => planEvidence(stored, sel, { data, cases }, { today }), [stored, sel, data, cases, today]);

  const busy = build.state.phase === 'busy';
  const done = build.state.phase === 'done' ? build.state : undefined;
  const draft = plan.state === 'ready' ? draftLetter(plan.data.input) : '';
  const saved = stored.row.letter?.lang === sel.lang ? stored.row.letter.text : undefined;
  const ownText = edit?.lang === sel.lang ? edit.text : saved;
  const letterEdited = ownText !== undefined && ownText !== draft;
  const hasIds = stored.attachments.some((a) => sel.attachmentIds.includes(a.id) && SENSITIVE.has(a.kind));
  const encryptProblem = !encrypt.on
    ? undefined
    : encrypt.password.length < MIN_PASSWORD_LENGTH
      ? t('encrypt.tooShort', { min: MIN_PASSWORD_LENGTH })
      : encrypt.password !== encrypt.again
        ? t('encrypt.mismatch')
        : undefined;
  const canBuild = !busy && plan.state === 'ready' && (!hasIds || idsConfirmed) && !encryptProblem;

  const storeLetter = (text: string | undefined): void => {
    void cases.updateCase(stored.row.id, ({ letter: _old, ...r }) => (text === undefined ? r : { ...r, letter: { lang: sel.lang, text } }));
  };

  const start = (): void => {
    void build.run(sel, {
      today,
      ...(letterEdited ? { appealLetter: ownText } : {}),
      ...(encrypt.on ? { encrypt: { password: encrypt.password, nest: encrypt.nest } } : {}),
    });
  };

  const counts = plan.state === 'ready'
    ? {
        transactions: plan.data.input.transactions.length,
        findings: plan.data.input.findings.length,
        attachments: plan.data.input.attachments?.length ?? 0,
        originals: plan.data.input.originals.length,
      }
    : undefined;

  return (
    <>
      <PageHeading>{t('title', { name: caseName })}</PageHeading>
      <nav className="page-actions" aria-label={t('nav')}>
        <a href={caseHref(stored.row.id)}>{t('backToCase')}</a>
      </nav>
      <p className="muted">{t('intro')}</p>

      <section aria-labelledby={`${id}-sel`} className="case-section">
        <h2 id={`${id}-sel`}>{t('select.title')}</h2>
        <SelectionForm sel={sel} attachments={stored.attachments} desktop={desktop} disabled={busy} onChange={setSel} />
        {plan.state === 'error' && <p role="alert">{t('common:loadFailed', { error: plan.error })}</p>}
        {counts && (
          <p role="status" className="evidence-counts">
            {t('select.summary', counts)}
            {counts.transactions === 0 && ` ${t('select.nothingFlagged')}`}
          </p>
        )}
      </section>

      <section aria-labelledby={`${id}-letter`} className="case-section">
        <h2 id={`${id}-letter`}>{t('letter.title')}</h2>
        <LetterEditor
          text={ownText ?? draft}
          edited={letterEdited}
          disabled={busy || plan.state !== 'ready'}
          onEdit={(text) => setEdit({ lang: sel.lang, text })}
          onCommit={() => edit?.lang === sel.lang && storeLetter(edit.text === draft ? undefined : edit.text)}
          onReset={() => {
            setEdit(undefined);
            storeLetter(undefined);
          }}
        />
      </section>

      <section aria-labelledby={`${id}-enc`} className="case-section">
        <h2 id={`${id}-enc`}>{t('encrypt.title')}</h2>
        <label className="checkbox">
          <input type="checkbox" checked={encrypt.on} disabled={busy} onChange={(e) => setEncrypt({ ...encrypt, on: e.target.checked })} />
          {t('encrypt.on')}
        </label>
        <p className="muted">{t('encrypt.note')}</p>
        {encrypt.on && (
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-pw`}>{t('encrypt.password')}</label>
              <input id={`${id}-pw`} type="password" autoComplete="new-password" value={encrypt.password} onChange={(e) => setEncrypt({ ...encrypt, password: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-pw2`}>{t('encrypt.again')}</label>
              <input id={`${id}-pw2`} type="password" autoComplete="new-password" value={encrypt.again} onChange={(e) => setEncrypt({ ...encrypt, again: e.target.value })} />
            </div>
            <label className="checkbox field-action">
              <input type="checkbox" checked={encrypt.nest} onChange={(e) => setEncrypt({ ...encrypt, nest: e.target.checked })} />
              {t('encrypt.nest')}
            </label>
            {encryptProblem && <p className="field-error" role="alert">{encryptProblem}</p>}
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-build`} className="case-section">
        <h2 id={`${id}-build`}>{t('build.title')}</h2>
        {hasIds && (
          <label className="checkbox id-confirm">
            <input type="checkbox" checked={idsConfirmed} onChange={(e) => setIdsConfirmed(e.target.checked)} />
            {t('build.idsConfirm')}
          </label>
        )}
        <button type="button" className="button button-primary" disabled={!canBuild} onClick={start}>{t('build.start')}</button>
        {build.state.phase === 'busy' && <ProgressStatus fraction={build.state.fraction} label={t(`stage.${build.state.stage}`)} />}
        {build.state.phase === 'failed' && <p role="alert">{t('build.failed', { error: build.state.error })}</p>}
      </section>

      {done && (
        <ResultPanel
          key={done.result.zipSha256}
          result={done.result}
          {...(done.savedAs ? { savedAs: done.savedAs } : {})}
          missingOriginals={done.missingOriginals}
          onSaveAgain={() => build.saveBundle(done.result)}
          onSaveEncrypted={() => build.saveEncrypted(done.result)}
          onOpenReport={() => setReportOpen(true)}
        />
      )}
      {reportOpen && done && (
        <ReportView
          html={done.result.reportHtml}
          title={t('report.title')}
          onClose={() => setReportOpen(false)}
          onSaveHtml={() => void saveFile(new Blob([done.result.reportHtml], { type: 'text/html' }), 'report.html', [{ name: 'HTML', extensions: ['html'] }])}
        />
      )}
    </>
  );
}
