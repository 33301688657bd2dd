// One i18next instance for the app. Resources are bundled (no HTTP backend: the app never fetches), so
// initialisation is synchronous and the first paint is already in the right language.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { buildResources, isLanguage, pickLanguage, type Language } from './resources';

export { LANGUAGES, isLanguage, pickLanguage, type Language } from './resources';

const modules = import.meta.glob('./*/*.json', { eager: true });
const { resources, namespaces } = buildResources(modules as Record<string, never>);

/** localStorage key that mirrors the saved language so a reload starts in it before the store answers. */
export const LANGUAGE_KEY = 'wallet-auditor.language';

export function initialLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be unavailable (privacy mode); the system language is a fine fallback.
  }
  const nav = globalThis.navigator;
  return pickLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

export function createI18n(lng: Language = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    resources,
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}

/** Switches language, remembers it for the next start and sets `<html lang>` for screen readers. */
export async function applyLanguage(instance: I18n, lng: Language): Promise<void> {
  if (instance.language !== lng) await instance.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Not fatal: the setting is also saved in the store.
  }
}
