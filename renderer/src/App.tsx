// The app: providers (i18n, store, settings, toasts), the shell and the page for the current hash route.
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { DataApiProvider } from './app/DataApiContext';
import { HomePage } from './app/HomePage';
import { Layout } from './app/Layout';
import { NotFoundPage } from './app/NotFoundPage';
import type { Route } from './app/routes';
import { SettingsProvider } from './app/SettingsContext';
import { useHashRoute } from './app/useHashRoute';
import { AuditPage } from './audit/AuditPage';
import { CasePage } from './case/CasePage';
import type { DataApi } from './data/api';
import { FindingsPage } from './findings/FindingsPage';
import { ImportPage } from './import/ImportPage';
import { InsightsPage } from './insights/InsightsPage';
import { SettingsPage } from './settings/SettingsPage';
import { TransactionsPage } from './transactions/TransactionsPage';
import { ToastProvider } from './ui/ToastProvider';

function Page({ route }: { route: Route }) {
  switch (route.id) {
    case 'home':
      return <HomePage />;
    case 'import':
      return <ImportPage />;
    case 'transactions':
      return <TransactionsPage params={route.params} />;
    case 'findings':
      return <FindingsPage />;
    case 'insights':
      return <InsightsPage />;
    case 'case':
      return <CasePage params={route.params} />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <NotFoundPage path={route.path} />;
  }
}

function Shell() {
  const route = useHashRoute();
  return (
    <Layout route={route}>
      {/* Keyed by path so each page starts fresh (and its heading takes focus). */}
      <Page key={route.path} route={route} />
    </Layout>
  );
}

export function App({ api, i18n }: { api: DataApi; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DataApiProvider api={api}>
        <SettingsProvider>
          <ToastProvider>
            <Shell />
          </ToastProvider>
        </SettingsProvider>
      </DataApiProvider>
    </I18nextProvider>
  );
}
