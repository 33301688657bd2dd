import { useTranslation } from 'react-i18next';
import { NAV_ITEMS, type RouteId } from './routes';

/** Plain links (not buttons): they work with Tab/Enter, middle-click and the browser's history. */
export function NavBar({ current }: { current: RouteId | undefined }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.id}>
            <a href={`#${item.path}`} aria-current={item.id === current ? 'page' : undefined}>
              {t(item.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
