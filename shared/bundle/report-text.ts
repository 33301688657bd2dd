// The report's fixed words in both languages.
import type { Lang } from '../rules/types';

export interface ReportText {
  title: string;
  intro(date: string): string;
  caseHeading: string;
  platform: string;
  account: string;
  holder: string;
  status: string;
  reason: string;
  restrictedOn: string;
  noticeReference: string;
  notice: string;
  asks: string;
  balanceAtNotice: string;
  checklist: string;
  checklistProgress(done: number, total: number): string;
  noCase: string;
  moneyHeading: string;
  currency: string;
  period: string;
  counted: string;
  moneyIn: string;
  moneyOut: string;
  net: string;
  lastBalance: string;
  excludedNote: string;
  disputedHeading: string;
  noDisputed: string;
  when: string;
  amount: string;
  counterparty: string;
  transactionNo: string;
  reasons: string;
  ownerNote: string;
  findingsHeading: string;
  severity: Record<'high' | 'medium' | 'low', string>;
  timelineHeading: string;
  contactsHeading: string;
  channel: string;
  official: string;
  ticket: string;
  agent: string;
  asked: string;
  answered: string;
  nextStep: string;
  followUp: string;
  yes: string;
  no: string;
  warningsLabel: string;
  filesHeading: string;
  file: string;
  size: string;
  filesNote: string;
  csvNote: string;
  asksText: Record<'reopen' | 'release-funds' | 'written-reason', string>;
  contactWarnings: Record<string, string>;
  contactedBy(channel: string): string;
  done: string;
  notDone: string;
}

const EN: ReportText = {
  title: 'Evidence report',
  intro: (d) => `Prepared on ${d} with Wallet Auditor from the owner’s own statement exports. Every file of this bundle is listed below with its SHA-256; the bag’s manifest-sha256.txt lets anyone check that nothing has changed since.`,
  caseHeading: 'The case',
  platform: 'Platform', account: 'Account', holder: 'Account holder', status: 'Status', reason: 'Reason given or understood',
  restrictedOn: 'Restricted or closed on', noticeReference: 'Notice reference', notice: 'Notice as received', asks: 'The owner asks',
  balanceAtNotice: 'Balance on the notice date', checklist: 'Checklist',
  checklistProgress: (d, t) => `${d} of ${t} done`,
  noCase: 'No case details were given for this bundle.',
  moneyHeading: 'Money in and out',
  currency: 'Currency', period: 'Period', counted: 'Transactions counted', moneyIn: 'Money in', moneyOut: 'Money out', net: 'Net', lastBalance: 'Last balance',
  excludedNote: 'Failed, closed and pending transactions, transfers between the owner’s own accounts and mirror rows are not counted.',
  disputedHeading: 'Transactions in question',
  noDisputed: 'No transaction was flagged or marked.',
  when: 'When', amount: 'Amount', counterparty: 'Counterparty', transactionNo: 'Transaction no.', reasons: 'Why it is listed', ownerNote: 'Owner’s note',
  findingsHeading: 'Findings',
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  timelineHeading: 'Timeline',
  contactsHeading: 'Contacts with support',
  channel: 'Channel', official: 'Official channel confirmed', ticket: 'Ticket', agent: 'Agent', asked: 'Asked', answered: 'Answer', nextStep: 'Promised next step', followUp: 'Follow up on',
  yes: 'yes', no: 'no', warningsLabel: 'Warnings',
  filesHeading: 'Files in this bundle',
  file: 'File', size: 'Bytes',
  filesNote: 'This report and its PDF print are listed in the bag’s manifest-sha256.txt rather than here.',
  csvNote: 'The CSV files are a sanitised copy for spreadsheets (cells that could run as formulas start with an apostrophe); the original exports are in data/originals byte for byte.',
  asksText: { reopen: 'Lift the restriction', 'release-funds': 'Release the balance', 'written-reason': 'A written reason and the clause relied on' },
  contactWarnings: {
    'unofficial-channel': 'channel not confirmed as official',
    'unknown-number': 'number or address not known to belong to the platform',
    'asked-for-code': 'asked for a code',
    'asked-for-password': 'asked for a password',
    'asked-for-screen-share': 'asked for screen sharing',
    'asked-for-payment': 'asked for a payment',
  },
  contactedBy: (c) => `Contact by ${c}`,
  done: 'done', notDone: 'to do',
};

const ZH: ReportText = {
  title: '证据报告',
  intro: (d) => `本报告由 Wallet Auditor 于 ${d} 根据账户持有人自行导出的账单生成。本证据包中的每个文件及其 SHA-256 列于下文；任何人都可以用证据包中的 manifest-sha256.txt 核对文件此后是否被改动。`,
  caseHeading: '案件概况',
  platform: '平台', account: '账户', holder: '账户持有人', status: '状态', reason: '限制原因（平台告知或本人理解）',
  restrictedOn: '限制或关闭日期', noticeReference: '通知编号', notice: '通知原文', asks: '诉求',
  balanceAtNotice: '通知当日余额', checklist: '材料清单',
  checklistProgress: (d, t) => `已完成 ${d} / ${t}`,
  noCase: '本证据包未提供案件信息。',
  moneyHeading: '收支汇总',
  currency: '币种', period: '期间', counted: '计入笔数', moneyIn: '收入', moneyOut: '支出', net: '净额', lastBalance: '最后余额',
  excludedNote: '失败、已关闭和处理中的交易、本人账户之间的转账以及重复记录不计入。',
  disputedHeading: '相关交易',
  noDisputed: '没有被标记的交易。',
  when: '时间', amount: '金额', counterparty: '交易对方', transactionNo: '交易单号', reasons: '列出原因', ownerNote: '本人说明',
  findingsHeading: '异常发现',
  severity: { high: '高', medium: '中', low: '低' },
  timelineHeading: '时间线',
  contactsHeading: '客服联系记录',
  channel: '渠道', official: '已确认为官方渠道', ticket: '工单号', agent: '客服', asked: '询问', answered: '答复', nextStep: '承诺的后续处理', followUp: '跟进日期',
  yes: '是', no: '否', warningsLabel: '提醒',
  filesHeading: '证据包文件清单',
  file: '文件', size: '字节数',
  filesNote: '本报告及其 PDF 版本的校验值见证据包中的 manifest-sha256.txt。',
  csvNote: 'CSV 文件是供电子表格使用的净化副本（可能被当作公式执行的单元格以撇号开头）；原始账单按字节原样保存在 data/originals 中。',
  asksText: { reopen: '解除限制', 'release-funds': '退还余额', 'written-reason': '书面说明原因及依据条款' },
  contactWarnings: {
    'unofficial-channel': '未确认为官方渠道',
    'unknown-number': '号码或地址不属于已知的官方联系方式',
    'asked-for-code': '对方索要验证码',
    'asked-for-password': '对方索要密码',
    'asked-for-screen-share': '对方要求共享屏幕',
    'asked-for-payment': '对方要求付款',
  },
  contactedBy: (c) => `通过${c}联系`,
  done: '已完成', notDone: '待完成',
};

export const REPORT_TEXT: Record<Lang, ReportText> = { en: EN, 'zh-CN': ZH };
