import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { NormalListSection } from './NormalListSection';
import { RulesSection } from './RulesSection';
import { ThemeSection } from './ThemeSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <div className="settings-page">
      <PageHeading>{t('title')}</PageHeading>
      <LanguageSection />
      <ThemeSection />
      <RulesSection />
      <NormalListSection />
      <DataSection />
    </div>
  );
}
