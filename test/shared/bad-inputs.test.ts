// Hostile, damaged and odd inputs through importBytes: each is either rejected with one ImportError that
// names the file and says why, or imported with the damage reported as issues on the right lines. Never a
// crash, never a silent guess. Inputs are built here from small fixtures; the big one is generated.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importBytes, type FileImport } from '../../shared/importing/import-file';
import { ImportError } from '../../shared/importing/errors';

const FIX = path.resolve(__dirname, '../fixtures');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const GBK = readFileSync(path.join(FIX, 'alipay-app-2023.gbk.csv'));
const ALIPAY_TEXT = new TextDecoder('gb18030').decode(GBK);
const REVOLUT_HEAD = 'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance';
const revolutRow = (desc: string, amount = '-1.00', date = '2024-01-05 10:00:00'): string =>
  `CARD_PAYMENT,Current,${date},${date},${desc},${amount},0.00,EUR,COMPLETED,10.00`;

async function one(name: string, bytes: Uint8Array, opts = {}): Promise<FileImport> {
  const files = await importBytes(name, bytes, opts);
  expect(files).toHaveLength(1);
  return files[0]!;
}
async function rejected(name: string, bytes: Uint8Array): Promise<ImportError> {
  const e = await importBytes(name, bytes).then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ImportError);
  expect((e as ImportError).message.startsWith(`${name}: `)).toBe(true);
  return e as ImportError;
}
const codes = (f: FileImport): string[] => f.issues.map((i) => `${i.line}:${i.code}`);

describe('files that are not statements are rejected, saying what they are', () => {
  it.each([
    { what: 'an empty file', bytes: new Uint8Array(0), reason: /empty/ },
    { what: 'binary data', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256), reason: /binary file/ },
    { what: 'an HTML page', bytes: utf8('<!DOCTYPE html><html><body>Session expired</body></html>'), reason: /web page/ },
    { what: 'a PDF renamed .csv', bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), reason: /PDF document/ },
    { what: 'an unknown bank layout', bytes: utf8('Buchungstag,Verwendungszweck,Betrag\n01.03.2024,Miete,-750.00\n'), reason: /mapping profile/ },
  ])('$what', async ({ bytes, reason }) => {
    expect((await rejected('statement.csv', bytes)).reason).toMatch(reason);
  });
});

describe('encodings and line endings of one GBK export all read the same', () => {
  const utf16le = (s: string, bom: boolean): Uint8Array => {
    const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
    const all = bom ? `\ufeff${s}` : s;
    for (let i = 0; i < all.length; i++) {
      out[2 * i] = all.charCodeAt(i) & 0xff;
      out[2 * i + 1] = all.charCodeAt(i) >> 8;
    }
    return out;
  };
  // 0x0A never occurs inside a GBK character, so CRLF can be made byte-wise.
  const crlf = Uint8Array.from(Buffer.from(GBK.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'));
  const variants: [string, Uint8Array, string][] = [
    ['GBK, LF', GBK, 'gb18030'],
    ['GBK, CRLF', crlf, 'gb18030'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ALIPAY_TEXT)]), 'utf-8'],
    ['UTF-8 with BOM and CRLF', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ALIPAY_TEXT.replace(/\n/g, '\r\n'))]), 'utf-8'],
    ['UTF-16LE with BOM', utf16le(ALIPAY_TEXT, true), 'utf-16le'],
    ['UTF-16LE without BOM', utf16le(ALIPAY_TEXT, false), 'utf-16le'],
  ];
  const shape = (f: FileImport) => f.transactions.map((t) => [t.id, t.occurredAt, t.amountMinor, t.counterparty, t.description, t.source.line]);

  it.each(variants)('%s', async (_name, bytes, encoding) => {
    const base = await one('a.csv', GBK);
    const f = await one('a.csv', bytes);
    expect(base.transactions.length).toBeGreaterThan(0);
    expect(f.encoding).toBe(encoding);
    expect(f.importer).toBe('alipay');
    expect(shape(f)).toEqual(shape(base));
    expect(codes(f)).toEqual(codes(base));
  });
});

/** The Alipay fixture with its data rows edited: `edit(rows)` gets the data lines (after the header). */
function alipayWith(edit: (rows: string[]) => string[], preamble = (p: string[]) => p): { bytes: Uint8Array; headerLine: number } {
  const lines = ALIPAY_TEXT.replace(/\n$/, '').split('\n');
  const h = lines.findIndex((l) => l.startsWith('交易时间'));
  const text = [...preamble(lines.slice(0, h)), lines[h]!, ...edit(lines.slice(h + 1))].join('\n');
  return { bytes: utf8(`${text}\n`), headerLine: h + 1 };
}
const cellsOf = (row: string): string[] => row.split(',');
const setCell = (row: string, i: number, v: string): string => cellsOf(row).map((c, j) => (j === i ? v : c)).join(',');

describe('damaged rows become issues on their lines; the rest imports', () => {
  it('a stated record count that disagrees with the rows', async () => {
    const { bytes } = alipayWith((r) => r, (p) => p.map((l) => l.replace(/^共\d+笔记录/, '共999笔记录')));
    const f = await one('a.csv', bytes);
    expect(f.issues).toContainEqual(expect.objectContaining({ code: 'count-mismatch', detail: expect.stringContaining('999') }));
  });

  it.each([
    { what: 'a non-number amount', col: 6, value: '12.5O', code: 'bad-amount' },
    { what: 'an impossible date', col: 0, value: '2024-02-30 10:00:00', code: 'bad-date' },
  ])('$what', async ({ col, value, code }) => {
    const { bytes, headerLine } = alipayWith((r) => [r[0]!, setCell(r[1]!, col, value), ...r.slice(2)]);
    const base = await one('a.csv', GBK);
    const f = await one('a.csv', bytes);
    expect(f.issues).toContainEqual(expect.objectContaining({ line: headerLine + 2, code }));
    expect(f.transactions).toHaveLength(base.transactions.length - 1);
  });

  it('an unterminated quote is reported, and nothing before it is lost', async () => {
    const rows = [REVOLUT_HEAD, revolutRow('Cafe'), revolutRow('Bakery'), `${revolutRow('"Broken shop')}`, revolutRow('After')];
    const f = await one('r.csv', utf8(`${rows.join('\n')}\n`));
    expect(f.issues).toContainEqual(expect.objectContaining({ line: 4, code: 'bad-quote' }));
    expect(f.transactions.slice(0, 2).map((t) => t.counterparty)).toEqual(['Cafe', 'Bakery']);
  });

  it('a row repeated with the same provider id is imported once, with an issue', async () => {
    const { bytes, headerLine } = alipayWith((r) => [r[0]!, r[0]!, ...r.slice(1)]);
    const base = await one('a.csv', GBK);
    const f = await one('a.csv', bytes);
    expect(f.transactions).toHaveLength(base.transactions.length);
    expect(f.issues).toContainEqual(expect.objectContaining({ line: headerLine + 2, code: 'duplicate-id' }));
  });

  it('NUL bytes are removed and reported', async () => {
    const text = `${REVOLUT_HEAD}\n${revolutRow('Ca\u0000fe')}\n${revolutRow('Shop')}\n`;
    const f = await one('r.csv', utf8(text));
    expect(f.issues).toContainEqual(expect.objectContaining({ line: 2, code: 'encoding', detail: expect.stringMatching(/NUL/) }));
    expect(f.transactions.map((t) => t.counterparty)).toEqual(['Cafe', 'Shop']);
  });
});

describe('odd but valid text is kept exactly as written', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'], ['+SUM(A1:A9)'], ['-2+3'], ['@cmd'], ['\tleading tab is trimmed'],
    ['<script>alert(1)</script>'], ['<img src=x onerror=alert(1)>'], ['Shop\u202egnp.exe'], ['Zero\u200bWidth\u200dJoin'], ['\u2066isolate\u2069'],
  ])('counterparty %j', async (name) => {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const f = await one('r.csv', utf8(`${REVOLUT_HEAD}\n${revolutRow(quoted)}\n`));
    expect(f.issues).toEqual([]);
    expect(f.transactions[0]!.counterparty).toBe(name.replace(/^\t/, ''));
  });

  it('a 200,000-character field is imported whole', async () => {
    const long = 'x'.repeat(200_000);
    const f = await one('r.csv', utf8(`${REVOLUT_HEAD}\n${revolutRow(long)}\n${revolutRow('next')}\n`));
    expect(f.transactions.map((t) => t.counterparty.length)).toEqual([200_000, 4]);
  });

  it('a header with no rows imports nothing and says nothing is wrong', async () => {
    const f = await one('r.csv', utf8(`${REVOLUT_HEAD}\n`));
    expect([f.importer, f.rows, f.transactions.length]).toEqual(['revolut', 0, 0]);
  });
});

describe('layouts and languages', () => {
  it('two exports pasted together: both are read, and what they share is imported once', async () => {
    // The second export has other order numbers, except its first row, which repeats the first export's.
    const second = alipayWith((r) => r.map((row, i) => (i === 0 ? row : setCell(row, 9, `${cellsOf(row)[9]!.replace(/\t$/, '')}9\t`))));
    const firstText = ALIPAY_TEXT.endsWith('\n') ? ALIPAY_TEXT : `${ALIPAY_TEXT}\n`;
    const f = await one('both.csv', utf8(firstText + new TextDecoder().decode(second.bytes)));
    const a = (await one('a.csv', GBK)).transactions.map((t) => t.id);
    const b = (await one('b.csv', second.bytes)).transactions.map((t) => t.id);
    expect(f.transactions.map((t) => t.id)).toEqual([...new Set([...a, ...b])]);
    const secondHeader = firstText.split('\n').length - 1 + second.headerLine;
    expect(f.issues).toContainEqual(expect.objectContaining({ line: secondHeader + 1, code: 'duplicate-id' }));
  });

  it('a Revolut header pasted into the middle is an issue, not a transaction', async () => {
    const f = await one('r.csv', utf8([REVOLUT_HEAD, revolutRow('A'), REVOLUT_HEAD, revolutRow('B', '-2.00')].join('\n')));
    expect(f.transactions.map((t) => t.counterparty)).toEqual(['A', 'B']);
    expect(codes(f)).toEqual(['3:missing-field']);
  });

  const WECHAT_HEAD = '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注';
  const wechat2026 = (rows: string[]): string => [
    '微信支付账单明细,,,,,,,,,,', '微信昵称：[小明],,,,,,,,,,', '起始时间：[2026-01-01 00:00:00] 终止时间：[2026-01-31 23:59:59],,,,,,,,,,',
    '导出类型：[全部],,,,,,,,,,', '导出时间：[2026-02-01 10:00:00],,,,,,,,,,', ',,,,,,,,,,', `共${rows.length}笔记录,,,,,,,,,,`,
    '收入：0笔 0.00元,,,,,,,,,,', '支出：2笔 30.50元,,,,,,,,,,', '中性交易：0笔 0.00元,,,,,,,,,,', '注：,,,,,,,,,,',
    '1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,', '2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,',
    '3. 本明细仅供个人对账使用,,,,,,,,,,', '4. 本账单中所有时间均为UTC+08:00时间,,,,,,,,,,', ',,,,,,,,,,',
    '----------------------微信支付账单明细列表--------------------,,,,,,,,,,', WECHAT_HEAD, ...rows,
  ].join('\n');

  it('a 2026 WeChat bill (one more preamble note, amounts without ¥) and an unknown 交易类型', async () => {
    const f = await one('wx.csv', utf8(`\ufeff${wechat2026([
      '2026-01-03 12:00:00,商户消费,面馆,午餐,支出,28,零钱,支付成功,4200000001202601030000000001\t,M1\t,/',
      '2026-01-04 09:30:00,数字人民币兑换,银行,/,支出,2.5,零钱,支付成功,4200000001202601040000000002\t,/,/',
    ])}\n`));
    expect(f.importer).toBe('wechat-pay');
    expect(f.transactions.map((t) => [t.occurredAt, t.amountMinor, t.kind])).toEqual([
      ['2026-01-03T12:00:00+08:00', -2800, '商户消费'], ['2026-01-04T09:30:00+08:00', -250, '数字人民币兑换'],
    ]);
    expect(f.transactions[0]!.source.line).toBe(19);
  });

  it('a Spanish PayPal statement with decimal commas', async () => {
    const head = '"Fecha","Hora","Zona horaria","Descripción","Divisa","Bruto","Comisión","Neto","Saldo","Id. de transacción","Correo electrónico del remitente","Nombre"';
    const f = await one('pp.csv', utf8(`${head}\n"13/1/2020","11:05:56","Europe/Berlin","Pago estándar","EUR","1.049,37","-1,78","1.047,59","4.626,81","TID1","a@b.example","Partner 1"\n`));
    expect(f.importer).toBe('paypal');
    expect(f.transactions.map((t) => [t.occurredAt, t.amountMinor, t.currency])).toEqual([['2020-01-13T11:05:56+01:00', 104937, 'EUR']]);
  });

  it('dates that never show which field is the day are read with a stated default and reported', async () => {
    const head = '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","Transaction ID","Balance"';
    const f = await one('pp.csv', utf8(`${head}\n"03/04/2021","09:15:00","PDT","Cafe","General Payment","Completed","USD","-4.50","0.00","-4.50","T1","10.00"\n` +
      `"05/06/2021","10:00:00","PDT","Shop","General Payment","Completed","USD","-1.00","0.00","-1.00","T2","9.00"\n`));
    expect(f.transactions).toHaveLength(2);
    expect(f.issues).toContainEqual(expect.objectContaining({ code: 'ambiguous-date' }));
  });
});

describe('a 300,000-row export', () => {
  it('imports every row, with stable distinct ids', async () => {
    const rows = [REVOLUT_HEAD];
    for (let i = 0; i < 300_000; i++) {
      const d = new Date(Date.UTC(2023, 0, 1) + i * 97_000).toISOString();
      rows.push(revolutRow(`Shop ${i % 500}`, `-${1 + (i % 90)}.${String(i % 100).padStart(2, '0')}`, `${d.slice(0, 10)} ${d.slice(11, 19)}`));
    }
    const f = await one('big.csv', utf8(`${rows.join('\n')}\n`));
    expect(f.rows).toBe(300_000);
    expect(f.transactions).toHaveLength(300_000);
    expect(f.issues).toEqual([]);
    expect(new Set(f.transactions.map((t) => t.id)).size).toBe(300_000);
    expect(f.transactions[299_999]!.source.line).toBe(300_001);
  });
});
