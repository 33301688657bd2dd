// Inputs for the CLI bundle tests: a real import through importBytes, and a case folder on disk.
import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBytes } from '../../shared/importing/import-file';
import { jpeg, png } from '../shared/case/image-bytes';

export const REVOLUT_CSV =
  'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n' +
  'CARD_PAYMENT,Current,2024-03-01 10:00:00,2024-03-01 10:00:01,=cmd|calc,-12.50,0.00,EUR,COMPLETED,987.50\n' +
  'TOPUP,Current,2024-03-02 09:00:00,2024-03-02 09:00:01,Top-up by *1234,100.00,0.00,EUR,COMPLETED,1087.50\n';

export async function revolutImport() {
  const imports = await importBytes('revolut statement.csv', new TextEncoder().encode(REVOLUT_CSV), { zone: 'Europe/London' });
  const transactions = imports.flatMap((f) => f.transactions);
  const findings = [{ id: 'f1', rule: 'new-payee', severity: 'high' as const, score: 0.8, transactionIds: [transactions[0]!.id], message: 'First payment to =cmd|calc' }];
  return { imports, transactions, findings };
}

export const CASE = {
  platform: 'revolut',
  account: 'me@example.com',
  holderName: 'Jane Doe',
  reason: 'identity-verification',
  status: 'waiting-on-support',
  restrictedOn: '2024-03-03',
  noticeText: 'Your account has been restricted while we verify your identity.',
  contacts: [{ at: '2024-03-04T10:00+00:00', channel: 'in-app-chat', officialConfirmed: true, asked: 'What do you need?', answered: 'Upload your passport', followUpOn: '2024-03-11' }],
  attachments: [
    { file: 'docs/passport.png', kind: 'id-front' },
    { file: 'docs/notice.jpg', kind: 'closure-notice', name: 'restriction notice.jpg' },
  ],
};

/** A temporary folder with case.json, its attachments and an `out/` folder. */
export async function caseFolder(caseJson: unknown = CASE): Promise<{ dir: string; casePath: string; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-cli-'));
  await mkdir(join(dir, 'docs'));
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'docs/passport.png'), png(1600, 1200));
  await writeFile(join(dir, 'docs/notice.jpg'), jpeg(900, 700));
  await writeFile(join(dir, 'docs/huge.png'), png(10, 10));
  await truncate(join(dir, 'docs/huge.png'), 21 * 1024 * 1024);
  const casePath = join(dir, 'case.json');
  await writeFile(casePath, typeof caseJson === 'string' ? caseJson : JSON.stringify(caseJson, null, 2));
  return { dir, casePath, out: join(dir, 'out') };
}
