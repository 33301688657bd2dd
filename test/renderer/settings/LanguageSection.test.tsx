// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HomePage } from '../../../renderer/src/app/HomePage';
import { NavBar } from '../../../renderer/src/app/NavBar';
import { initialLanguage } from '../../../renderer/src/i18n';
import { LanguageSection } from '../../../renderer/src/settings/LanguageSection';
import { FakeDataApi } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const ui = (
  <>
    <NavBar current="settings" />
    <HomePage />
    <LanguageSection />
  </>
);

describe('language switch', () => {
  it('switches the UI to Chinese, saves the choice and keeps it for the next start', async () => {
    const api = new FakeDataApi();
    renderWithApp(ui, api, 'en');
    await screen.findByRole('heading', { name: 'No statements yet' });
    const select = await screen.findByLabelText('Language of the app');
    await waitFor(() => expect((select as HTMLSelectElement).disabled).toBe(false));

    fireEvent.change(select, { target: { value: 'zh-CN' } });

    await screen.findByRole('heading', { name: '还没有账单' });
    expect(screen.getByRole('link', { name: '交易记录' })).toBeTruthy();
    expect(screen.getByLabelText('界面语言')).toBeTruthy();
    expect(api.settings.language).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(initialLanguage()).toBe('zh-CN');

    // A fresh start (new i18n instance, same store) comes up in Chinese.
    cleanup();
    renderWithApp(ui, api, initialLanguage());
    await screen.findByRole('heading', { name: '还没有账单' });
  });

  it('follows a language saved in the store even when this browser remembers none', async () => {
    const api = new FakeDataApi({ settings: { language: 'zh-CN', rules: {}, mappings: [] } });
    renderWithApp(ui, api, 'en');
    await screen.findByRole('heading', { name: '还没有账单' });
  });

  it('starts from the system language when nothing is saved', () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['zh-CN', 'en'] });
    expect(initialLanguage()).toBe('zh-CN');
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['en-US'] });
    expect(initialLanguage()).toBe('en');
  });
});
