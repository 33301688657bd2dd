// Amount cells of Chinese wallet exports → integer fen. This runs once per row of million-row files, so the
// common shapes (`28.16`, `¥28.16`, `50`) are read by a hand loop; anything else goes to parseAmount, which
// also words the reason when the text is not an amount.
import { parseAmount, toDecimalString } from '../../money';
import { issueText, type IssueText } from '../../importing/issue-messages';

const YEN = 0xa5; // ¥ (WeChat CSV)
const FULLWIDTH_YEN = 0xffe5; // ￥ (WeChat 当前状态, Meituan)

/** `[¥￥]?\d{1,13}(\.\d{0,2})?` → fen, or -1 for anything else. */
function fastFen(s: string): number {
  const n = s.length;
  const c0 = s.charCodeAt(0);
  let i = c0 === YEN || c0 === FULLWIDTH_YEN ? 1 : 0;
  const start = i;
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  const whole = i - start;
  if (whole === 0 || whole > 13) return -1;
  if (i === n) return v * 100;
  if (s.charCodeAt(i) !== 46) return -1;
  const frac = n - i - 1;
  if (frac > 2) return -1;
  let f = 0;
  for (let k = i + 1; k < n; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    f = f * 10 + d;
  }
  return v * 100 + (frac === 1 ? f * 10 : f);
}

// A number cell of a workbook is an IEEE double; a reader that prints it in full gives `548.58000000000004`
// or `7.0000000000000007E-2`. Fifteen or more mantissa digits can only come from such a print, and the
// shortest text of the same double is what the exporter wrote.
const DOUBLE_TEXT = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

function doubleNoiseFen(s: string): number {
  const m = DOUBLE_TEXT.exec(s);
  if (!m || m[1]!.length + (m[2]?.length ?? 0) < 15) return -1;
  return fastFen(String(Number(s)));
}

/** Unsigned amount in fen (CNY minor units), or NaN when the text is not a CNY amount. */
export function fen(text: string): number {
  const fast = fastFen(text);
  if (fast >= 0) return fast;
  const r = parseAmount(text, 'CNY');
  if (r.ok) return r.currency === undefined || r.currency === 'CNY' ? Math.abs(r.minor) : NaN;
  const noise = doubleNoiseFen(text);
  return noise >= 0 ? noise : NaN;
}

/** Why `text` is not an amount, as a row issue (only called for bad rows). */
export function amountIssue(text: string, column: string): IssueText {
  if (text === '') return issueText('amount-empty', { column });
  const r = parseAmount(text, 'CNY');
  if (r.ok && r.currency && r.currency !== 'CNY') return issueText('amount-currency', { column, text, currency: r.currency });
  return issueText('amount-invalid', { column, text, reason: r.ok ? `not an amount: "${text}"` : r.reason });
}

/** Why `text` is not an amount, in English. */
export function amountProblem(text: string, column: string): string {
  return amountIssue(text, column).detail;
}

/** The note added to a description when part of the payment was refunded, e.g. ` (已退款 ¥89.84)`. */
export function refundNote(refundedFen: number): string {
  return ` (已退款 ¥${toDecimalString(refundedFen, 'CNY')})`;
}
