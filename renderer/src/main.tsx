// Entry: language and theme are applied before the first render so there is no flash of the wrong ones.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, initialTheme } from './app/theme';
import { getDataApi } from './data';
import { createI18n, initialLanguage } from './i18n';
import './styles/index.css';

const lang = initialLanguage();
document.documentElement.lang = lang;
applyTheme(initialTheme());
const i18n = createI18n(lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={getDataApi()} i18n={i18n} />
  </StrictMode>,
);
