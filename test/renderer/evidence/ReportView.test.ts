// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseReport, scopeReportCss } from '../../../renderer/src/evidence/ReportView';

describe('report shown in the page', () => {
  it('moves the report’s body rules onto its wrapper, leaving other selectors alone', () => {
    const css = 'body{font:14px/1.45 sans-serif}h2{x:1}table,body .x{y:2}\n@media print{body{margin:0}tbody td{z:3}}';
    expect(scopeReportCss(css)).toBe('.report-doc{font:14px/1.45 sans-serif}h2{x:1}table,.report-doc .x{y:2}\n@media print{.report-doc{margin:0}tbody td{z:3}}');
  });

  it('keeps the markup and the stylesheet text but drops anything that could run or load', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<style>body{color:#111}</style><script>window.pwned = 1</script><link rel="icon"></head>
<body><h1 onclick="alert(1)">证据报告</h1><a href="javascript:alert(1)">x</a><embed src="x.swf">
<object data="x.pdf"></object><table><tr><td>¥12.00</td></tr></table><img src="data:image/png;base64,AA" onerror="alert(2)"></body></html>`;
    const { body, css } = parseReport(html);
    expect(css).toBe('.report-doc{color:#111}');
    expect(body.className).toBe('report-doc');
    expect(body.lang).toBe('zh-CN');
    expect(body.querySelector('h1')?.textContent).toBe('证据报告');
    expect(body.querySelector('h1')?.hasAttribute('onclick')).toBe(false);
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AA');
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('script, embed, object, link, meta, style')).toBeNull();
    expect(body.querySelector('td')?.textContent).toBe('¥12.00');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
