// A bundle input built from the sample case, with an original export and two attachments.
import type { BundleFinding, BundleInput } from '../../../shared/bundle/types';
import { describeAttachment } from '../../../shared/case/attachments';
import { jpeg, png, text } from '../case/image-bytes';
import { sampleCase, sampleMarks, sampleTransactions } from '../case/sample-case';

export const XSS = '<img src=x onerror=alert(1)>';

export const sampleBundleFindings: BundleFinding[] = [
  { id: 'f1', rule: 'new-payee', severity: 'high', score: 0.91, transactionIds: ['alipay:1', 'alipay:2'], message: `First payment to ${XSS}` },
  { id: 'f2', rule: 'odd-hours', severity: 'low', score: 0.4, transactionIds: ['alipay:2'], message: 'Paid at 01:20, outside your usual hours' },
];

export async function sampleBundleInput(over: Partial<BundleInput> = {}): Promise<BundleInput> {
  const idFront = png(2000, 1300);
  const shot = jpeg(800, 600);
  return {
    lang: 'en',
    baggingDate: '2024-03-20',
    case: sampleCase(),
    transactions: [...sampleTransactions, { ...sampleTransactions[2]!, id: 'alipay:4', counterparty: XSS, counterpartyAccount: '6222021234567890', balanceMinor: 123456 }],
    findings: sampleBundleFindings,
    marks: [...sampleMarks, { transactionId: 'alipay:4', verdict: 'unsure', note: `note ${XSS}` }],
    originals: [{ name: 'alipay_record_20240320.csv', bytes: text('支付宝交易记录明细查询\r\n交易号,金额\r\n1,=2+3\r\n') }],
    attachments: [
      { meta: await describeAttachment({ id: 'a1', name: 'id front.png', kind: 'id-front', bytes: idFront }), bytes: idFront },
      { meta: await describeAttachment({ id: 'a2', name: '../notice.jpg', kind: 'closure-notice', bytes: shot }), bytes: shot },
      { meta: await describeAttachment({ id: 'a3', name: 'evil.svg', kind: 'screenshot', bytes: text('<svg onload="alert(1)"/>') }), bytes: text('<svg onload="alert(1)"/>') },
    ],
    bagInfo: { sourceOrganization: 'Zhang San', contactEmail: 'zhang@example.com' },
    softwareAgent: 'Wallet Auditor 0.1.0',
    ...over,
  };
}
