// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { Layout } from '../../../renderer/src/app/Layout';
import { NAV_ITEMS, parseHash } from '../../../renderer/src/app/routes';
import { applyTheme } from '../../../renderer/src/app/theme';
import { createI18n } from '../../../renderer/src/i18n';
import { PageHeading } from '../../../renderer/src/ui/PageHeading';

afterEach(cleanup);

function page(hash: string, title: string) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <Layout route={parseHash(hash)}>
        <PageHeading>{title}</PageHeading>
        <button type="button">inside</button>
      </Layout>
    </I18nextProvider>
  );
}

describe('Layout', () => {
  it('has banner, navigation and main landmarks and marks the current page', () => {
    render(page('#/findings', 'Findings'));
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const current = nav.querySelector('[aria-current="page"]');
    expect(current?.textContent).toBe('Findings');
    expect(current?.getAttribute('href')).toBe('#/findings');
    expect(nav.querySelectorAll('a')).toHaveLength(NAV_ITEMS.length);
  });

  it('moves focus to the new page heading on a route change, not on first load', () => {
    const { rerender } = render(page('#/', 'Home'));
    expect(document.activeElement).toBe(document.body);
    rerender(page('#/settings', 'Settings'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }));
  });

  it('gives the focus to the heading of a page that mounts after the route changed (code loading)', () => {
    const shell = (hash: string, body: ReactElement) => (
      <I18nextProvider i18n={createI18n('en')}>
        <Layout route={parseHash(hash)}>{body}</Layout>
      </I18nextProvider>
    );
    const { rerender } = render(shell('#/', <PageHeading>Home</PageHeading>));
    rerender(shell('#/insights', <p role="status">Loading…</p>));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    rerender(shell('#/insights', <PageHeading>Insights</PageHeading>));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Insights' }));
    // Once given, the request is spent: a heading that mounts later on the same page does not take focus.
    screen.getByRole('main').focus();
    rerender(shell('#/insights', <><PageHeading>Insights</PageHeading><section><PageHeading>Again</PageHeading></section></>));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('skip link focuses main without touching the route', () => {
    window.location.hash = '#/transactions';
    render(page('#/transactions', 'Transactions'));
    fireEvent.click(screen.getByText('Skip to content'));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/transactions');
  });
});

describe('applyTheme', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', null],
  ] as const)('%s sets data-theme to %s and remembers it', (choice, attr) => {
    applyTheme(choice);
    expect(document.documentElement.getAttribute('data-theme')).toBe(attr);
    expect(localStorage.getItem('wallet-auditor.theme')).toBe(choice);
  });
});

describe('window title', () => {
  it('is the app name in the current language', async () => {
    const i18n = createI18n('zh-CN');
    render(
      <I18nextProvider i18n={i18n}>
        <Layout route={parseHash('#/')}>x</Layout>
      </I18nextProvider>,
    );
    expect(document.title).toBe('钱包账单审计');
  });
});
