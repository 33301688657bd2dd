import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildBundleReport } from '../../../shared/bundle/bundle';
import { escapeHtml, html } from '../../../shared/bundle/html';
import { summariseMoney } from '../../../shared/bundle/money-summary';
import { REPORT_CSP } from '../../../shared/bundle/report-html';
import { tx } from '../case/sample-case';
import { sampleBundleInput, XSS } from './sample-bundle';

function parse(text: string): Document {
  const window = new Window();
  window.document.write(text);
  return window.document as unknown as Document;
}

describe('html escaping', () => {
  it('escapes every interpolated value and passes built markup through', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const inner = html`<b>${XSS}</b>`;
    expect(html`<p>${inner}${[XSS, 1]}${undefined}${false}</p>`.html).toBe(
      '<p><b>&lt;img src=x onerror=alert(1)&gt;</b>&lt;img src=x onerror=alert(1)&gt;1</p>',
    );
  });
});

describe('report.html', async () => {
  const en = await buildBundleReport(await sampleBundleInput());
  const zh = await buildBundleReport(await sampleBundleInput({ lang: 'zh-CN' }));

  it.each([['en', en], ['zh-CN', zh]])('%s: self-contained, with its own CSP and no script', (lang, text) => {
    const doc = parse(text);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img, base, form').length).toBe(0);
    expect(text).not.toMatch(/<script|<[^>]*\son[a-z]+=|javascript:/i);
    expect([...doc.querySelectorAll('section')].map((s) => s.id)).toEqual(['case', 'money', 'disputed', 'findings', 'timeline', 'contacts', 'checklist', 'files']);
  });

  it('keeps a hostile counterparty, note and finding message as text', () => {
    const doc = parse(en);
    const disputed = doc.querySelector('#disputed')!;
    expect(disputed.querySelectorAll('img').length).toBe(0);
    expect(disputed.textContent).toContain(XSS);
    expect(disputed.textContent).toContain(`note ${XSS}`);
    expect(doc.querySelector('#findings')!.textContent).toContain(`First payment to ${XSS}`);
  });

  it('shows the case, the money summary per currency and the last balance', () => {
    const doc = parse(en);
    const caseText = doc.querySelector('#case')!.textContent!;
    expect(caseText).toContain('138****0000');
    expect(caseText).toContain('Policy violation (possibly a misunderstanding)');
    expect(caseText).toContain('Waiting on support');
    expect(caseText).toContain('您的账户存在异常交易，已限制收款。');
    const money = [...doc.querySelectorAll('#money tbody td')].map((td) => td.textContent!.trim());
    // In: 8,800.00; out: 5,200.00 + 25.00 + 25.00; net 3,550.00; the balance of the transaction that has one.
    expect(money.slice(2, 6)).toEqual(['4', 'CN¥8,800.00', 'CN¥5,250.00', 'CN¥3,550.00']);
    expect(money[6]).toContain('CN¥1,234.56');
  });

  it('masks counterparty account numbers when asked', async () => {
    const masked = await buildBundleReport(await sampleBundleInput({ maskCounterpartyAccounts: true }));
    expect(masked).toContain('************7890');
    expect(masked).not.toContain('6222021234567890');
    expect(en).toContain('6222021234567890');
  });

  it('lists the bundle’s files with their SHA-256, but not itself', () => {
    const rows = [...parse(en).querySelectorAll('#files tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(rows).toContain('data/originals/alipay_record_20240320.csv');
    expect(rows).toContain('data/appeal-letter.txt');
    expect(rows).not.toContain('data/report.html');
    expect(parse(en).querySelector('#files tbody td.mono:last-child')!.textContent).toMatch(/^[0-9a-f]{64}$/);
  });

  it('speaks Chinese in zh-CN', () => {
    const doc = parse(zh);
    expect(doc.querySelector('h1')!.textContent).toBe('证据报告 — 支付宝 138****0000');
    expect(doc.querySelector('#case')!.textContent).toContain('涉嫌违规（可能是误判）');
    expect(doc.querySelector('#contacts')!.textContent).toContain('App 内在线客服');
    expect(doc.querySelector('#money')!.textContent).toContain('¥8,800.00');
  });
});

describe('summariseMoney', () => {
  it('sums settled money per currency and leaves out failed, pending, neutral and mirror rows', () => {
    const list = [
      tx({ id: '1', amountMinor: 1000, direction: 'in', currency: 'USD', occurredAt: '2024-01-02T00:00:00Z', balanceMinor: 5000 }),
      tx({ id: '2', amountMinor: -300, currency: 'USD', occurredAt: '2024-01-03T00:00:00Z', balanceMinor: 4700 }),
      tx({ id: '3', amountMinor: -999, currency: 'USD', status: 'failed', occurredAt: '2024-01-04T00:00:00Z' }),
      tx({ id: '4', amountMinor: -50, currency: 'USD', status: 'pending', occurredAt: '2024-01-01T00:00:00Z' }),
      tx({ id: '5', amountMinor: -70, currency: 'USD', mirror: true }),
      tx({ id: '6', amountMinor: -500, currency: 'CNY', direction: 'neutral' }),
      tx({ id: '7', amountMinor: -1200, currency: 'CNY', status: 'refunded' }),
    ];
    expect(summariseMoney(list)).toEqual([
      { currency: 'CNY', count: 1, inMinor: 0, outMinor: 1200, netMinor: -1200, from: '2024-03-04T10:00:00+08:00', to: '2024-03-04T10:00:00+08:00', excluded: 1 },
      {
        currency: 'USD', count: 2, inMinor: 1000, outMinor: 300, netMinor: 700, from: '2024-01-01T00:00:00Z', to: '2024-03-04T10:00:00+08:00',
        lastBalance: { minor: 4700, at: '2024-01-03T00:00:00Z' }, excluded: 3,
      },
    ]);
  });
});
