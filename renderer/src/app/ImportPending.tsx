// Stand-in for the Import page until renderer/src/import/ImportPage.tsx exists; replaced by it in App.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';

export function ImportPending() {
  const { t } = useTranslation();
  return <PageHeading>{t('nav.import')}</PageHeading>;
}
