// Landmarks (banner, navigation, main), a skip link, and focus moved to the new page's heading on every
// route change so keyboard and screen-reader users land where the content starts.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavBar } from './NavBar';
import type { Route } from './routes';

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // The window title follows the language too (it is what the task bar and screen readers announce).
  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    delete main.dataset.focusHeading; // a request for a page that never came
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading && heading.getClientRects().length > 0) {
      heading.focus();
      return;
    }
    // The page's code is still loading (pages load on first visit): its heading takes the focus when it
    // mounts (PageHeading), and main holds it meanwhile.
    main.dataset.focusHeading = 'wanted';
    main.focus();
  }, [route.path]);

  return (
    <div className="app-shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // A real #main would replace the route in the hash; focus the landmark instead.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('appName')}</span>
        <NavBar current={route.id} />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
