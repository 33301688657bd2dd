// Amount text → integer minor units. Never floats: the digits are moved as text.

export type DecimalMark = '.' | ',';

export type AmountResult =
  | { ok: true; minor: number; currency?: string }
  | { ok: false; reason: string };

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency (JPY 0, CNY 2, KWD 3); 2 for anything unknown. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  let d = digitsCache.get(code);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(code, d);
  }
  return d;
}

const SYMBOLS: Record<string, string> = {
  '¥': 'CNY', '￥': 'CNY', '€': 'EUR', '£': 'GBP', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₺': 'TRY',
  '฿': 'THB', '₫': 'VND', '₱': 'PHP', '$': '', 'R$': 'BRL', 'HK$': 'HKD', 'US$': 'USD', 'C$': 'CAD',
  'A$': 'AUD', 'S$': 'SGD', 'NZ$': 'NZD', 'CHF': 'CHF', 'RMB': 'CNY',
};
// Longest first so that `HK$` wins over `$`.
const SYMBOL_KEYS = Object.keys(SYMBOLS).sort((a, b) => b.length - a.length);

// Digits with optional grouping (`,` or `.` opposite the decimal mark, or apostrophes) and decimals.
const NUMBER_RE: Record<DecimalMark, RegExp> = {
  '.': /^(\d{1,3}(?:[,'’]\d{3})+|\d+)?(?:\.(\d*))?$/,
  ',': /^(\d{1,3}(?:[.'’]\d{3})+|\d+)?(?:,(\d*))?$/,
};

// Spaces that appear inside amounts: ASCII, NBSP, thin, narrow NBSP, figure space, tab.
const SPACE_RE = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * Parses amount text such as `¥1,234.50`, `"- $1,150.00"`, `(12.00)`, `4.626,81` (with decimalMark ','),
 * `CNY 13.50`, `1.0`. Rejects exponents, NaN, Infinity and anything with stray characters.
 * `currency` decides the number of minor digits; a currency code or symbol found in the text is returned.
 */
export function parseAmount(text: string, currency = 'CNY', decimalMark: DecimalMark = '.'): AmountResult {
  let s = text.replace(SPACE_RE, '');
  if (s === '') return { ok: false, reason: 'empty amount' };
  let negative = false;
  let found: string | undefined;

  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  const takeSign = (): void => {
    const c = s[0];
    if (c === '-' || c === '\u2212') {
      negative = !negative;
      s = s.slice(1);
    } else if (c === '+') {
      s = s.slice(1);
    }
  };
  takeSign();
  // Currency code or symbol before the number (`CNY13.50`, `$1,250`, `-$10.75`).
  const code = /^[A-Z]{3}(?=[\d(+\-\u2212.,])/.exec(s);
  if (code) {
    found = code[0];
    s = s.slice(3);
  } else {
    for (const sym of SYMBOL_KEYS) {
      if (s.startsWith(sym)) {
        found = SYMBOLS[sym] || undefined;
        s = s.slice(sym.length);
        break;
      }
    }
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = !negative;
    s = s.slice(1, -1);
  }
  takeSign();
  // Trailing currency code or sign (`123.45 EUR`, `12.00-`).
  const tail = /[A-Z]{3}$/.exec(s);
  if (tail) {
    found = tail[0];
    s = s.slice(0, -3);
  }
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }

  const m = NUMBER_RE[decimalMark].exec(s);
  if (!m || (m[1] === undefined && !m[2])) return { ok: false, reason: `not an amount: "${text}"` };
  const whole = (m[1] ?? '0').replace(/[.,'’]/g, '');
  let frac = m[2] ?? '';
  const cur = found ?? currency;
  const digits = minorDigits(cur);
  if (frac.length > digits) {
    if (/[^0]/.test(frac.slice(digits))) {
      return { ok: false, reason: `"${text}" has more decimals than ${cur} allows` };
    }
    frac = frac.slice(0, digits);
  }
  const minor = Number(whole + frac.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: `amount too large: "${text}"` };
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor, ...(found ? { currency: found } : {}) };
}

/** Canonical machine form: `-5000.00` (no grouping, no symbol). Used in CSV and JSON output. */
export function toDecimalString(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Human form with grouping and symbol for the given locale, e.g. `¥12,680.00`. Formatters are cached:
 * building one per call dominates reports of thousands of rows. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const key = `${locale}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, f);
  }
  // Intl accepts decimal strings exactly, so no float rounding can creep in.
  return f.format(toDecimalString(minor, currency) as unknown as number);
}
