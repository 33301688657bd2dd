// The checklist lines of APPEALS.md §7, one table per closure reason, plus the platform-specific steps
// of §1–§4. `official` names the platforms whose own pages back the line; for every other platform the
// line is shown as "commonly reported" (a lead, not policy). `goodPractice` lines are general advice.
import type { CasePlatform, Localised, ReasonCategory } from './types';

export interface ItemTemplate {
  id: string;
  text: Localised;
  official?: CasePlatform[];
  goodPractice?: boolean;
  /** Only offer the line for these platforms. */
  only?: CasePlatform[];
}

const t = (id: string, en: string, zh: string, extra: Omit<ItemTemplate, 'id' | 'text'> = {}): ItemTemplate => ({
  id, text: { en, 'zh-CN': zh }, ...extra,
});

const CHINESE: CasePlatform[] = ['alipay', 'wechat-pay', 'jd', 'meituan'];

const NOTICE = t('notice-saved', 'Save the closure or limit notice (screenshot or the email itself), with date and time.', '保存限制或关闭通知（截图或原邮件），注明日期和时间。', { goodPractice: true });
const OFFICIAL_ONLY = t('official-channels-only', 'Keep the contact log to official channels only; never give a password, code or PIN, never share your screen, never pay to “unfreeze”.', '联系记录只包含官方渠道；不提供密码、验证码或 PIN，不共享屏幕，不为“解冻”付款。', { goodPractice: true });
const EXPORT_FIRST = t('export-statements', 'Download every statement and activity report before any cut-off date.', '在截止日期前下载全部账单和交易记录。', { official: ['wise', 'paypal'] });

export const REASON_ITEMS: Record<ReasonCategory, ItemTemplate[]> = {
  'identity-verification': [
    NOTICE,
    t('photo-id', 'Government photo ID, both sides where it has two: all 4 corners visible, nothing covered, not expired, name matching the account.', '政府签发的带照片证件（有两面的拍正反面）：四角完整、无遮挡、未过期、姓名与账户一致。', { official: ['paypal', 'wise'] }),
    t('selfie-with-id', 'A selfie holding the ID.', '手持证件的自拍照。', { official: ['wise'] }),
    t('proof-of-address', 'Proof of address within the allowed age (check the request: 3 or 12 months, or as stated).', '在规定期限内的地址证明（以平台要求为准：3 个月或 12 个月等）。', { official: ['paypal'] }),
    t('name-change', 'Name-change documents if the name on the ID differs from the account.', '如证件姓名与账户不一致，提供改名证明。', { official: ['paypal'] }),
    t('same-name-bank-card', 'A bank card in the same name as the real-name record, registered to the same phone number.', '与实名信息同名、预留同一手机号的银行卡。', { only: CHINESE }),
    t('no-screenshots', 'Send PDFs or photos of paper documents, not screenshots.', '提交 PDF 或纸质文件的照片，而不是截图。', { official: ['revolut'] }),
  ],
  'security-takeover': [
    NOTICE,
    t('change-password', 'Change the password and security questions from a trusted device.', '在可信设备上修改密码和安全问题。', { official: ['paypal'] }),
    t('list-not-mine', 'List the transactions you did not make: date, amount, counterparty, transaction number.', '列出非本人操作的交易：时间、金额、交易对方、交易单号。', { goodPractice: true }),
    t('list-devices', 'List new devices and logins you do not recognise, from the account security screens where shown.', '从账户安全页面列出不认识的新设备和登录记录（如有显示）。', { goodPractice: true }),
    t('issuer-dispute', 'Bank or card-issuer dispute reference numbers, if any.', '银行或发卡机构的争议编号（如有）。', { goodPractice: true }),
    t('police-report', 'A police report number if money was stolen; freeze cards and keep the evidence.', '如资金被盗，报警并记录报案回执号；冻结银行卡并保留证据。'),
    OFFICIAL_ONLY,
  ],
  'policy-violation': [
    NOTICE,
    t('flagged-with-notes', 'The flagged or disputed transactions, exported from the statement, with a note on each.', '从账单导出被标记或有争议的交易，并逐笔注明说明。', { goodPractice: true }),
    t('per-transaction-proof', 'For each transaction: what it was for, who the counterparty is to you, and the invoice, receipt, contract, shipping or tracking record and chat record.', '每笔交易的用途、与交易对方的关系，以及发票、收据、合同、物流信息和聊天记录。', { official: ['paypal'] }),
    t('source-of-funds', 'Source of funds: payslips, bank statements, tax documents.', '资金来源证明：工资单、银行流水、纳税证明。', { official: ['revolut'] }),
    t('statement-of-facts', 'A short statement of facts (情况说明).', '一份简短的情况说明。', { goodPractice: true }),
    t('acceptable-use', 'Check the platform’s acceptable-use rules (e.g. goods or services with strangers on a personal Venmo account, crypto trading on Wise).', '核对平台的可接受使用规则（例如个人 Venmo 账户与陌生人买卖、在 Wise 进行加密货币交易）。', { official: ['venmo', 'wise'] }),
  ],
  'platform-fault': [
    t('error-screenshots', 'Screenshots of the error message with time stamps.', '带时间的报错信息截图。', { goodPractice: true }),
    t('public-notice', 'Any public notice or news about the event.', '与该事件有关的公告或新闻报道。'),
    t('export-before-reset', 'Export statements before any “cancel and re-add” fix, since that can wipe the history.', '在“注销后重新开通”之前先导出账单，否则可能清空交易记录。'),
    t('no-duplicate-accounts', 'Do not open a duplicate account: that is itself a closure reason.', '不要另开重复账户，这本身就是关闭账户的理由。', { official: ['wise'] }),
  ],
  'permanent-closure': [
    NOTICE,
    EXPORT_FIRST,
    t('balance-and-reminders', 'Record the balance on the notice date and set reminders (e.g. PayPal holds a balance for 180 days; Wise gives about 90 days to move money).', '记录通知当日的余额并设置提醒（例如 PayPal 冻结余额 180 天；Wise 约 90 天内可转出资金）。', { official: ['wise'] }),
    t('refund-bank-details', 'Bank details in your own name for the refund.', '用于退款的本人银行账户信息。', { official: ['wise'] }),
    t('ask-policy-clause', 'Ask for the exact contract term or policy relied on (some platforms will not give reasons).', '要求平台说明所依据的具体条款（部分平台不会说明原因）。', { goodPractice: true }),
    t('escalation', 'Escalate in order: the platform’s formal complaint, then the regulator or ombudsman.', '按顺序升级：先向平台正式投诉，再向监管机构或申诉专员投诉。', { official: ['paypal', 'revolut', 'venmo', 'cashapp', 'monzo'] }),
  ],
  'legal-freeze': [
    NOTICE,
    t('authority-reference', 'The platform usually cannot lift this: get the freezing authority’s name and case reference and deal with them.', '平台通常无法自行解除：向平台问清冻结机关名称和案件编号，并与该机关联系。'),
    EXPORT_FIRST,
  ],
  unknown: [
    NOTICE,
    t('ask-reason', 'Ask, through an official channel, for the reason and the documents needed.', '通过官方渠道询问限制原因和所需材料。', { goodPractice: true }),
    EXPORT_FIRST,
    OFFICIAL_ONLY,
  ],
};

/** Steps that belong to one platform's own process, offered whatever the reason (except where noted). */
export const PLATFORM_ITEMS: Partial<Record<CasePlatform, ItemTemplate[]>> = {
  alipay: [
    t('alipay-restriction-screen', 'Read the reason under Settings > Account and Security > Security Center > Restrictions; the appeal entry is on the same screen.', '在 设置 > 账号与安全 > 安全中心 > 限制 中查看原因，同一页面有申诉入口。'),
  ],
  'wechat-pay': [
    t('wechat-security-centre', 'Read the notice in 微信支付安全中心 (Me → Services → Wallet → Payment settings / security).', '在 我 → 服务 → 钱包 → 支付设置/支付安全 → 微信支付安全中心 查看提示。'),
    t('wechat-export-first', 'Export statements before cancelling WeChat Pay: cancelling wipes the transaction history.', '注销微信支付前先导出账单：注销会清空交易记录。'),
  ],
  paypal: [
    t('paypal-resolution-center', 'Log in directly (not through an email link) and open the Resolution Center; the notification lists the documents requested.', '直接登录（不要点邮件链接）并打开争议解决中心，通知中会列出所需材料。', { official: ['paypal'] }),
  ],
  venmo: [
    t('venmo-reply', 'Reply to the suspension email or contact Venmo support.', '回复暂停通知邮件或联系 Venmo 客服。', { official: ['venmo'] }),
  ],
  revolut: [
    t('revolut-chat', 'Use the in-app chat and document upload; they stay available while the account is restricted.', '使用 App 内聊天和文件上传，受限期间仍可使用。', { official: ['revolut'] }),
  ],
  wise: [
    t('wise-appeal', 'Appeal on the website (“Appeal our decision”): ID photo or colour scan, a selfie holding the ID, the purpose of your transfers and bank details for a refund.', '在官网申诉（“Appeal our decision”）：证件照片或彩色扫描件、手持证件自拍、转账用途及退款银行账户。', { official: ['wise'] }),
    t('wise-reply-emails', 'Reply to Wise’s emails with clear detail and readable, unexpired documents; support cannot speed up the review.', '回复 Wise 的邮件，说明清楚并提供清晰、未过期的材料；客服无法加快审核。', { official: ['wise'] }),
  ],
};
