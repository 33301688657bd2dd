import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/routes';
import { EmptyState } from './EmptyState';

/** The empty state of a page that needs imported statements: its own words, and the way to the Import page. */
export function NoDataYet({ ns }: { ns: string }) {
  const { t } = useTranslation(ns);
  return (
    <EmptyState
      title={t('empty.title')}
      action={
        <a className="button button-primary" href={hrefFor('import')}>
          {t('empty.action')}
        </a>
      }
    >
      {t('empty.body')}
    </EmptyState>
  );
}
