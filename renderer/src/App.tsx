// The app: providers (i18n, store, settings, toasts), the shell and the page for the current hash route.
// Pages load on first visit: the charts, the case and evidence code and the import page's previews are
// most of the app's code, and the first screen needs none of them.
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { DataApiProvider } from './app/DataApiContext';
import { HomePage } from './app/HomePage';
import { Layout } from './app/Layout';
import { NotFoundPage } from './app/NotFoundPage';
import type { Route } from './app/routes';
import { SettingsProvider } from './app/SettingsContext';
import { useHashRoute } from './app/useHashRoute';
import type { DataApi } from './data/api';
import { ToastProvider } from './ui/ToastProvider';

const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const CasePage = lazy(() => import('./case/CasePage').then((m) => ({ default: m.CasePage })));
const FindingsPage = lazy(() => import('./findings/FindingsPage').then((m) => ({ default: m.FindingsPage })));
const ImportPage = lazy(() => import('./import/ImportPage').then((m) => ({ default: m.ImportPage })));
const InsightsPage = lazy(() => import('./insights/InsightsPage').then((m) => ({ default: m.InsightsPage })));
const SettingsPage = lazy(() => import('./settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TransactionsPage = lazy(() => import('./transactions/TransactionsPage').then((m) => ({ default: m.TransactionsPage })));

/** Shown for the moment a page's code is loading (from disk: a few milliseconds). */
function PageLoading() {
  const { t } = useTranslation();
  return <p role="status" className="muted">{t('loading')}</p>;
}

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
      <Suspense fallback={<PageLoading />}>
        <Page key={route.path} route={route} />
      </Suspense>
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
