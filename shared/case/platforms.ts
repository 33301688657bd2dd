// Per-platform appeal facts from APPEALS.md: the official support channels, the escalation route and the
// platform's name in both languages. Facts that APPEALS.md only found in reposts, user reports or as
// [unconfirmed] carry source 'commonly-reported' so that the UI never presents them as policy.
import type { CasePlatform, ContactChannel, FactSource, Localised } from './types';

export interface OfficialChannel {
  channel: ContactChannel;
  /** Number, address or menu path, as last checked. */
  detail: string;
  label: Localised;
  source: FactSource;
}

export interface EscalationRoute {
  label: Localised;
  source: FactSource;
}

export interface PlatformInfo {
  name: Localised;
  channels: OfficialChannel[];
  escalation: EscalationRoute[];
  /** Phone numbers and addresses that belong to the platform, used to spot look-alike contacts. */
  knownContacts: string[];
}

const l = (en: string, zh: string): Localised => ({ en, 'zh-CN': zh });

const PBOC_12363: EscalationRoute = {
  label: l(
    'People’s Bank of China consumer complaint line 12363 (complain to the platform first)',
    '中国人民银行金融消费者投诉热线 12363（原则上先向机构投诉）',
  ),
  source: 'commonly-reported',
};
const CFPB: EscalationRoute = {
  label: l('US Consumer Financial Protection Bureau (consumerfinance.gov/complaint)', '美国消费者金融保护局 CFPB（consumerfinance.gov/complaint）'),
  source: 'official',
};
const FOS: EscalationRoute = {
  label: l('UK Financial Ombudsman Service (after the firm’s final response)', '英国金融申诉专员服务 FOS（在机构最终答复之后）'),
  source: 'official',
};

const PLATFORMS: Record<CasePlatform, PlatformInfo> = {
  alipay: {
    name: l('Alipay', '支付宝'),
    channels: [
      { channel: 'phone', detail: '95188', label: l('Alipay hotline 95188', '支付宝客服热线 95188'), source: 'commonly-reported' },
      { channel: 'in-app-chat', detail: '我的客服', label: l('In-app “My Customer Service” (我的客服)', 'App 内“我的客服”'), source: 'commonly-reported' },
      {
        channel: 'in-app-chat',
        detail: 'Settings > Account and Security > Security Center > Restrictions',
        label: l('Appeal entry on the restriction screen (Security Center > Restrictions)', '限制页面上的申诉入口（安全中心 > 限制）'),
        source: 'commonly-reported',
      },
    ],
    escalation: [PBOC_12363],
    knownContacts: ['95188'],
  },
  'wechat-pay': {
    name: l('WeChat Pay', '微信支付'),
    channels: [
      { channel: 'in-app-chat', detail: '我 → 设置 → 帮助与反馈', label: l('In-app Help & Feedback (Me → Settings → Help & Feedback)', 'App 内：我 → 设置 → 帮助与反馈'), source: 'commonly-reported' },
      { channel: 'official-social', detail: '微信支付 公众号 / 腾讯客服 小程序', label: l('WeChat Pay official account and the Tencent Customer Service mini-program', '“微信支付”公众号、“腾讯客服”小程序'), source: 'commonly-reported' },
      { channel: 'phone', detail: '95017', label: l('Hotline 95017 (widely cited, not confirmed as official)', '客服热线 95017（常被引用，未经官方确认）'), source: 'commonly-reported' },
    ],
    escalation: [PBOC_12363],
    knownContacts: ['95017'],
  },
  paypal: {
    name: l('PayPal', 'PayPal'),
    channels: [
      { channel: 'official-website', detail: 'Resolution Center', label: l('Resolution Center (log in directly, not through email links)', '争议解决中心 Resolution Center（直接登录，不要点邮件链接）'), source: 'official' },
      { channel: 'official-website', detail: 'paypal.com complaints page', label: l('PayPal formal complaint', 'PayPal 正式投诉'), source: 'official' },
    ],
    escalation: [
      CFPB,
      FOS,
      { label: l('EU: CSSF (Luxembourg), ECC-Net, national authority or FIN-NET', '欧盟：卢森堡 CSSF、ECC-Net、本国监管机构或 FIN-NET'), source: 'official' },
    ],
    knownContacts: [],
  },
  venmo: {
    name: l('Venmo', 'Venmo'),
    channels: [
      { channel: 'email', detail: 'reply to the suspension email', label: l('Reply to the suspension email', '直接回复暂停通知邮件'), source: 'official' },
      { channel: 'in-app-chat', detail: 'Venmo support', label: l('Venmo support', 'Venmo 客服'), source: 'official' },
    ],
    escalation: [CFPB],
    knownContacts: [],
  },
  cashapp: {
    name: l('Cash App', 'Cash App'),
    channels: [
      { channel: 'in-app-chat', detail: 'profile icon → Support', label: l('In the app: profile icon → Support', 'App 内：头像 → Support'), source: 'commonly-reported' },
    ],
    escalation: [CFPB],
    knownContacts: [],
  },
  revolut: {
    name: l('Revolut', 'Revolut'),
    channels: [
      { channel: 'in-app-chat', detail: 'in-app chat', label: l('In-app chat (stays available while restricted)', 'App 内聊天（受限期间仍可用）'), source: 'official' },
      { channel: 'email', detail: 'formalcomplaints@revolut.com', label: l('Formal complaints: formalcomplaints@revolut.com', '正式投诉：formalcomplaints@revolut.com'), source: 'official' },
    ],
    escalation: [
      FOS,
      { label: l('EEA: Bank of Lithuania (within 1 year)', '欧洲经济区：立陶宛银行（一年内）'), source: 'official' },
    ],
    knownContacts: ['formalcomplaints@revolut.com'],
  },
  wise: {
    name: l('Wise', 'Wise'),
    channels: [
      { channel: 'official-website', detail: 'wise.com → “Appeal our decision”', label: l('Website: log in and click “Appeal our decision”', '官网登录后点击 “Appeal our decision”'), source: 'official' },
      { channel: 'email', detail: 'appeals@wise.com', label: l('appeals@wise.com (accounts registered with a social login)', 'appeals@wise.com（使用社交账号登录注册的用户）'), source: 'official' },
      { channel: 'email', detail: 'reply to Wise’s emails', label: l('Reply to Wise’s own emails about the restriction', '直接回复 Wise 关于限制的邮件'), source: 'official' },
    ],
    escalation: [],
    knownContacts: ['appeals@wise.com'],
  },
  monzo: { name: l('Monzo', 'Monzo'), channels: [], escalation: [FOS], knownContacts: [] },
  jd: { name: l('JD Pay', '京东支付'), channels: [], escalation: [PBOC_12363], knownContacts: [] },
  meituan: { name: l('Meituan Pay', '美团支付'), channels: [], escalation: [PBOC_12363], knownContacts: [] },
  generic: { name: l('the bank or wallet', '银行或支付机构'), channels: [], escalation: [], knownContacts: [] },
  other: { name: l('the bank or wallet', '银行或支付机构'), channels: [], escalation: [], knownContacts: [] },
};

export function platformInfo(platform: CasePlatform): PlatformInfo {
  return PLATFORMS[platform];
}
