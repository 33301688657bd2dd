// Renders case views inside the app's providers with a FakeDataApi and a real case store over a fresh
// fake-indexeddb database (the same Dexie code the app runs).
import '../data/env';
import { Blob as NodeBlob } from 'node:buffer';
import type { ReactNode } from 'react';
import { CaseApiProvider } from '../../../renderer/src/case/CaseApiContext';
import type { CaseApi, CaseRow } from '../../../renderer/src/data/case-api';
import { createCaseApi } from '../../../renderer/src/data/case-store';
import { WalletDb } from '../../../renderer/src/db/database';
import type { Language } from '../../../renderer/src/i18n';
import { FakeDataApi } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

// IndexedDB (fake-indexeddb) stores a Blob through Node's structuredClone, which only knows Node's own
// Blob; happy-dom's would come back as a plain object. Browsers store their Blob natively (see the e2e).
globalThis.Blob = NodeBlob as unknown as typeof Blob;

let n = 0;

export function newCaseApi(): CaseApi {
  return createCaseApi(new WalletDb(`case-view-${++n}-${Math.random()}`));
}

export function renderCase(ui: ReactNode, opts: { api?: FakeDataApi; cases?: CaseApi; lang?: Language } = {}) {
  const api = opts.api ?? new FakeDataApi();
  const cases = opts.cases ?? newCaseApi();
  const result = renderWithApp(<CaseApiProvider api={cases}>{ui}</CaseApiProvider>, api, opts.lang ?? 'en');
  return { ...result, api, cases };
}

export const sampleCase = (over: Partial<CaseRow> = {}): CaseRow => ({
  id: 'case-1', platform: 'alipay', account: '138****5678', status: 'open', reason: 'security-takeover',
  restrictedOn: '2024-03-20', noticeText: '您的账户存在风险，已限制收款。', asks: [], events: [], checklist: [],
  createdAt: '2024-03-20T10:00:00Z', updatedAt: '2024-03-20T10:00:00Z', ...over,
});
