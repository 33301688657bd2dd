// Renders views inside the app's real providers with a FakeDataApi and a fresh i18n instance.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DataApiProvider } from '../../../renderer/src/app/DataApiContext';
import { SettingsProvider } from '../../../renderer/src/app/SettingsContext';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { ToastProvider } from '../../../renderer/src/ui/ToastProvider';
import type { FakeDataApi } from './fake-data-api';

export function renderWithApp(ui: ReactNode, api: FakeDataApi, lang: Language = 'en') {
  const i18n = createI18n(lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <DataApiProvider api={api}>
        <SettingsProvider>
          <ToastProvider>{ui}</ToastProvider>
        </SettingsProvider>
      </DataApiProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
