// Writes a large Alipay app-2023 export (GB18030, like the real thing) for the import benchmark. Node has
// no GB18030 encoder, so the Chinese words are encoded once by `iconv` and the rows are assembled from
// those byte strings; everything else in a row is ASCII, which GB18030 leaves unchanged.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { rng } from '../test/scenarios/random';

const WORDS = [
  '餐饮美食', '日用百货', '交通出行', '转账红包', '投资理财', '数码电器',
  '美团外卖', '便利店', '滴滴出行', '张三', '李四', '淘宝商城', '余额宝', '星巴克咖啡',
  '午餐', '日用品', '打车', '转账', '理财买入', '耳机',
  '支出', '收入', '不计收支', '余额', '招商银行(1234)', '花呗', '交易成功', '退款成功', '交易关闭',
] as const;
type Word = (typeof WORDS)[number];
type Dir = '支出' | '收入' | '不计收支';

function toGb18030(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}

function encodeWords(): Map<string, Buffer> {
  const out = toGb18030(WORDS.join('\n'));
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i === out.length || out[i] === 0x0a) {
      parts.push(out.subarray(start, i));
      start = i + 1;
    }
  }
  if (parts.length !== WORDS.length) throw new Error('iconv did not return one line per word');
  return new Map(WORDS.map((w, i) => [w, parts[i]!]));
}

const SHOPS: [Word, Word, Word][] = [
  ['餐饮美食', '美团外卖', '午餐'], ['日用百货', '便利店', '日用品'], ['交通出行', '滴滴出行', '打车'], ['转账红包', '张三', '转账'],
  ['投资理财', '余额宝', '理财买入'], ['数码电器', '淘宝商城', '耳机'], ['餐饮美食', '星巴克咖啡', '午餐'], ['转账红包', '李四', '转账'],
];
const END_MS = Date.UTC(2023, 11, 31, 23, 59, 0) + 8 * 3600_000;

interface Row { when: string; category: Word; who: Word; what: Word; dir: Dir; fen: number; method: Word; status: Word; order: string }

function* rowsOf(count: number): Generator<Row> {
  // Seeded, so every run measures the same input.
  const rand = rng(2023).next;
  for (let i = 0; i < count; i++) {
    const t = new Date(END_MS - i * 29_000 - Math.floor(rand() * 20_000)).toISOString();
    const [category, who, what] = SHOPS[Math.floor(rand() * SHOPS.length)]!;
    const dir: Dir = category === '投资理财' ? '不计收支' : rand() < 0.08 ? '收入' : '支出';
    const fen = 100 + Math.floor(rand() * (category === '数码电器' ? 200000 : 8000));
    const status: Word = rand() < 0.01 ? '交易关闭' : rand() < 0.01 ? '退款成功' : '交易成功';
    const order = `2023${String(i).padStart(10, '0')}${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`;
    const method: Word = rand() < 0.5 ? '余额' : rand() < 0.5 ? '招商银行(1234)' : '花呗';
    yield { when: `${t.slice(0, 10)} ${t.slice(11, 19)}`, category, who, what, dir, fen, method, status, order };
  }
}

const money = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * Returns the path of an export with `count` rows, writing it first if it is not there. Two passes over
 * the same deterministic rows: one for the preamble's totals, one to write, so memory stays flat.
 */
export function ensureAlipayExport(dir: string, count: number): string {
  const file = path.join(dir, `alipay-app-2023-${count}.gbk.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const sums: Record<Dir, [number, number]> = { 支出: [0, 0], 收入: [0, 0], 不计收支: [0, 0] };
  let last = '';
  for (const r of rowsOf(count)) {
    sums[r.dir][0]++;
    sums[r.dir][1] += r.fen;
    last = r.when;
  }
  const enc = encodeWords();
  const g = (s: string): Buffer => enc.get(s)!;
  const first = rowsOf(1).next().value!.when;
  const header = ['交易时间', '交易分类', '交易对方', '对方账号', '商品说明', '收/支', '金额', '收/付款方式', '交易状态', '交易订单号', '商家订单号', '备注'];
  const preamble = toGb18030([
    '------------------------------------------------------------------------------------',
    '导出信息：', '姓名：xx', '支付宝账户：bench@example.com',
    `起始时间：[${last}]    终止时间：[${first}]`, '导出交易类型：[全部]', `导出时间：[${first}]`,
    `共${count}笔记录`,
    `收入：${sums.收入[0]}笔 ${money(sums.收入[1])}元`, `支出：${sums.支出[0]}笔 ${money(sums.支出[1])}元`,
    `不计收支：${sums.不计收支[0]}笔 ${money(sums.不计收支[1])}元`, '', '特别提示：', '1.本明细仅供个人对账使用。', '',
    '------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------',
    `${header.join(',')},`, '',
  ].join('\n'));
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  writeSync(fd, preamble);
  let chunk: Buffer[] = [];
  const comma = Buffer.from(',');
  for (const r of rowsOf(count)) {
    chunk.push(
      Buffer.from(`${r.when},`), g(r.category), comma, g(r.who), Buffer.from(',/,'), g(r.what), comma, g(r.dir),
      Buffer.from(`,${money(r.fen)},`), g(r.method), comma, g(r.status), Buffer.from(`,${r.order}\t,M${r.order.slice(4)}\t,,\n`),
    );
    if (chunk.length >= 13 * 10_000) {
      writeSync(fd, Buffer.concat(chunk));
      chunk = [];
    }
  }
  writeSync(fd, Buffer.concat(chunk));
  closeSync(fd);
  renameSync(tmp, file);
  return file;
}
