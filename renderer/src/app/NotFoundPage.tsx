import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { hrefFor } from './routes';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body', { path })}</p>
      <a href={hrefFor('home')}>{t('notFound.home')}</a>
    </>
  );
}
