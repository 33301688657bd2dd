// Shows report.html inside the app, ready to print, in the browser and the desktop app alike. A new tab
// with a blob: URL is not an option (the desktop app refuses new windows), and a sandboxed frame without
// allow-modals may not call print(). So the report's body is shown in a shadow root of the app's own
// page, and printing the page prints only the report (print CSS hides the rest). Its markup is parsed
// inertly with DOMParser and anything active is removed; its stylesheet is applied through CSSOM, which
// the app's CSP allows where an inline <style> would be blocked.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const ACTIVE = 'script, iframe, frame, object, embed, link, meta, base, form, template';

/** The report's own CSS, moved from `body` to the wrapper that stands in for it inside the shadow root. */
export function scopeReportCss(css: string): string {
  return css.replace(/(^|[{}\s,])body(?=\s*[{,:.[])/g, '$1.report-doc');
}

/** The report as a detached wrapper element plus its stylesheet text; nothing in it can run. */
export function parseReport(html: string, doc: Document = document): { body: HTMLElement; css: string } {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  parsed.querySelectorAll(ACTIVE).forEach((el) => el.remove());
  parsed.querySelectorAll('style').forEach((el) => el.remove());
  for (const el of parsed.body.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
    }
  }
  const body = doc.createElement('div');
  body.className = 'report-doc';
  body.lang = parsed.documentElement.lang || '';
  for (const node of [...parsed.body.childNodes]) body.append(doc.importNode(node, true));
  return { body, css: scopeReportCss(css) };
}

interface Props {
  html: string;
  title: string;
  onClose(): void;
  onSaveHtml(): void;
}

export function ReportView({ html, title, onClose, onSaveHtml }: Props) {
  const { t } = useTranslation('evidence');
  const hostRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const closeHandler = useRef(onClose);
  closeHandler.current = onClose;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const { body, css } = parseReport(html);
    root.replaceChildren(body);
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{display:block;background:#fff;color:#111}\n${css}`);
      root.adoptedStyleSheets = [sheet];
    }
  }, [html]);

  useEffect(() => {
    // Modal: the rest of the app is inert (no focus, no clicks) while the report is open.
    const app = document.getElementById('root');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    app?.setAttribute('inert', '');
    document.body.classList.add('printing-report');
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') closeHandler.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      app?.removeAttribute('inert');
      document.body.classList.remove('printing-report');
      opener?.focus();
    };
  }, []);

  return createPortal(
    <div className="report-print-root" role="dialog" aria-modal="true" aria-label={title}>
      <div className="report-toolbar">
        <strong>{title}</strong>
        <button type="button" className="button button-primary" onClick={() => window.print()}>{t('report.print')}</button>
        <button type="button" className="button" onClick={onSaveHtml}>{t('report.saveHtml')}</button>
        <button type="button" className="button" ref={closeRef} onClick={onClose}>{t('report.close')}</button>
      </div>
      <div ref={hostRef} className="report-host" />
    </div>,
    document.body,
  );
}
