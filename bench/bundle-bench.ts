// Evidence-bundle build time: 10,000 selected transactions (all flagged, half with an owner's note, so
// the report and letter do their full work) plus 20 MB of attachments (four 5 MB photos), built into a
// BagIt zip, then validated again. Target: the build under 3 s. Also checks that two builds give the
// same bytes. Usage: npm run bench:bundle [-- --runs N --transactions N]
import { parseArgs } from 'node:util';
import { validateBag } from '../shared/bundle/bagit-validate';
import { buildBundle } from '../shared/bundle/bundle';
import type { BundleFinding, BundleInput } from '../shared/bundle/types';
import { buildChecklist } from '../shared/case/checklist';
import { describeAttachment } from '../shared/case/attachments';
import type { AppealCase, TransactionMark } from '../shared/case/types';
import type { Transaction } from '../shared/model';
import { rng } from '../test/scenarios/random';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, transactions: { type: 'string', default: '10000' } } });
const RUNS = Math.max(1, Number(values.runs));
const N = Number(values.transactions);
const TARGET_MS = 3000;

function transactions(rand: () => number): Transaction[] {
  const names = ['美团外卖', '星巴克咖啡', '张三', '=HYPERLINK("x")', 'Taobao 淘宝', '滴滴出行', 'Li "Lei", Ltd', '<b>shop</b>'];
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: N }, (_, i) => {
    const out = rand() < 0.8;
    const ms = start + Math.floor(rand() * 90 * 86_400_000);
    const when = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
    return {
      id: `alipay:${2024000000 + i}`, provider: 'alipay', accountId: 'alipay:138****0000', externalId: String(2024000000 + i),
      occurredAt: `${when}+08:00`, amountMinor: (out ? -1 : 1) * (100 + Math.floor(rand() * 500_000)), currency: 'CNY',
      counterparty: names[i % names.length]!, counterpartyAccount: `62220212345${String(i).padStart(5, '0')}`, description: `订单 ${i}`,
      status: 'completed', direction: out ? 'out' : 'in', balanceMinor: Math.floor(rand() * 10_000_000),
      source: { fileSha256: 'a'.repeat(64), line: i + 2, raw: [] },
    } satisfies Transaction;
  });
}

/** A 5 MB "photo": a JPEG header and frame size, then noise (stored, not deflated, like a real photo). */
function photo(rand: () => number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i += 4) {
    const x = (rand() * 4294967296) >>> 0;
    b[i] = x & 255; b[i + 1] = (x >>> 8) & 255; b[i + 2] = (x >>> 16) & 255; b[i + 3] = x >>> 24;
  }
  b.set([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x0b, 0xd0, 0x0f, 0xc0, 0x03], 0); // SOF0 4032×3024
  return b;
}

async function input(): Promise<BundleInput> {
  // Seeded, so every run measures the same input.
  const rand = rng(42).next;
  const txs = transactions(rand);
  const findings: BundleFinding[] = [];
  for (let i = 0; i < N; i += 5) {
    findings.push({ id: `f${i}`, rule: 'unusual-amount', severity: i % 3 ? 'medium' : 'high', score: rand(), transactionIds: txs.slice(i, i + 5).map((t) => t.id), message: `Amount far above usual for ${txs[i]!.counterparty}` });
  }
  const marks: TransactionMark[] = txs.filter((_, i) => i % 2 === 0).map((t, i) => ({ transactionId: t.id, verdict: i % 7 ? 'mine' : 'not-mine', note: `Paid for order ${i}; receipt enclosed` }));
  const attachments = [];
  for (const [i, kind] of (['id-front', 'id-back', 'proof-of-address', 'closure-notice'] as const).entries()) {
    const bytes = photo(rand, 5 * 1024 * 1024);
    attachments.push({ meta: await describeAttachment({ id: `a${i}`, name: `${kind}.jpg`, kind, bytes }), bytes });
  }
  const c: AppealCase = {
    id: 'bench', platform: 'alipay', account: '138****0000', holderName: '张三', status: 'appealed', reason: 'policy-violation',
    restrictedOn: '2024-03-31', noticeText: '您的账户存在异常交易，已限制收款。', asks: ['reopen', 'release-funds'],
    events: [], checklist: buildChecklist('policy-violation', 'alipay'), attachments: attachments.map((a) => a.meta),
    contacts: Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, at: `2024-04-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+08:00`, channel: 'phone' as const, channelDetail: '95188', officialConfirmed: true, asked: 'Status?', answered: 'Under review' })),
  };
  const original = new TextEncoder().encode(txs.map((t) => `${t.externalId},${t.amountMinor}`).join('\n'));
  return { lang: 'zh-CN', baggingDate: '2024-04-30', case: c, transactions: txs, findings, marks, originals: [{ name: 'alipay_record.csv', bytes: original }], attachments };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const data = await input();
const mb = (data.attachments ?? []).reduce((n, a) => n + a.bytes.length, 0) / 2 ** 20;
console.log(`bundle: ${N} transactions, ${data.findings.length} findings, ${mb} MB of attachments, ${RUNS} runs`);
const builds: number[] = [];
const checks: number[] = [];
let first: Uint8Array | undefined;
let deterministic = true;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const built = await buildBundle(data);
  const t1 = performance.now();
  const check = await validateBag(built.zip, { strict: true });
  const t2 = performance.now();
  if (!check.valid) throw new Error(`the bundle does not validate: ${JSON.stringify(check.errors.slice(0, 3))}`);
  if (first && !Buffer.from(first).equals(Buffer.from(built.zip))) deterministic = false;
  first ??= built.zip;
  builds.push(t1 - t0);
  checks.push(t2 - t1);
  console.log(`  run ${r + 1}: build ${secs(t1 - t0)}, validate ${secs(t2 - t1)}, zip ${(built.zip.length / 2 ** 20).toFixed(1)} MB`);
}
const m = median(builds);
console.log(`build median ${secs(m)} (target < ${secs(TARGET_MS)}), validate median ${secs(median(checks))}, same bytes every run: ${deterministic ? 'yes' : 'NO'}`);
if (m >= TARGET_MS || !deterministic) {
  console.log('FAIL');
  process.exitCode = 1;
} else console.log('PASS');
