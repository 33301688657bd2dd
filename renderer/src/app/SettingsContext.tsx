// The saved settings, loaded once and reloaded when the store changes (restore, delete all). Language and
// theme are applied from here, so whatever changes the settings also changes what the user sees.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../data/api';
import { applyLanguage, isLanguage } from '../i18n';
import { useDataApi, useDataVersion } from './DataApiContext';
import { applyTheme } from './theme';

interface SettingsState {
  /** `undefined` until the store has answered. */
  settings: Settings | undefined;
  save(next: Settings): Promise<void>;
}

const SettingsContext = createContext<SettingsState | undefined>(undefined);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useDataApi();
  const version = useDataVersion();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>();

  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (s) => live && setSettings(s),
      () => live && setSettings({ rules: {}, mappings: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  useEffect(() => {
    if (isLanguage(settings?.language)) void applyLanguage(i18n, settings.language);
  }, [i18n, settings?.language]);

  useEffect(() => {
    if (settings?.theme) applyTheme(settings.theme);
  }, [settings?.theme]);

  const save = useCallback(
    async (next: Settings) => {
      setSettings(next);
      await api.saveSettings(next);
    },
    [api],
  );

  const value = useMemo(() => ({ settings, save }), [settings, save]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const s = useContext(SettingsContext);
  if (!s) throw new Error('useSettings needs a SettingsProvider above it');
  return s;
}
