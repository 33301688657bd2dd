// Escaped HTML building. Every interpolated value is escaped unless it is already-built markup, so a
// counterparty called `<img src=x onerror=alert(1)>` can only ever appear as text.

export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function part(v: unknown): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Markup) return v.html;
  if (Array.isArray(v)) return v.map(part).join('');
  return escapeHtml(String(v));
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` results and arrays of them pass. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += part(v) + strings[i + 1]!;
  });
  return new Markup(out);
}
