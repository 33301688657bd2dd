// The Case page: the list of appeal cases (one per affected account), one case with its checklist,
// contact log, attachments and timeline, or that case's evidence export. `#/case`, `#/case?id=…` and
// `#/case?id=…&view=export`.
import { useTranslation } from 'react-i18next';
import { platformInfo } from '../../../shared/case/platforms';
import { EvidenceExport } from '../evidence/EvidenceExport';
import { PageHeading } from '../ui/PageHeading';
import { useLoad } from '../ui/useLoad';
import { useCaseApi, useCaseVersion } from './CaseApiContext';
import { CaseDetail } from './CaseDetail';
import { CaseList } from './CaseList';
import { caseHref } from './links';
import { useFocusHeading } from './focus';
import { useLang } from './lang';
import './case.css';

export function CasePage({ params }: { params: URLSearchParams }) {
  const id = params.get('id');
  if (!id) return <CaseList />;
  return <OneCase key={id} id={id} view={params.get('view') === 'export' ? 'export' : 'case'} />;
}

function OneCase({ id, view }: { id: string; view: 'case' | 'export' }) {
  const { t } = useTranslation('case');
  const { pick } = useLang();
  const api = useCaseApi();
  const version = useCaseVersion();
  const loaded = useLoad(() => api.getCase(id), [api, id, version]);
  useFocusHeading(view, loaded.state !== 'loading');

  if (loaded.state === 'loading') {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p role="status">{t('common:loading')}</p>
      </>
    );
  }
  if (loaded.state === 'error' || !loaded.data) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p role="alert">{loaded.state === 'error' ? t('common:loadFailed', { error: loaded.error }) : t('missing')}</p>
        <a href={caseHref()}>{t('backToList')}</a>
      </>
    );
  }
  const stored = loaded.data;
  const name = t('caseName', { platform: pick(platformInfo(stored.row.platform).name), account: stored.row.account });
  return view === 'export' ? <EvidenceExport stored={stored} caseName={name} /> : <CaseDetail stored={stored} caseName={name} />;
}
