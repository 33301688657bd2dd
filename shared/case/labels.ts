// Words for the case's enumerations in both languages, shared by the report and the appeal letter.
import { formatMoney } from '../money';
import type { Lang } from '../rules/types';
import type { AttachmentKind, CaseEventKind, CaseStatus, ContactChannel, Localised, ReasonCategory } from './types';

const l = (en: string, zh: string): Localised => ({ en, 'zh-CN': zh });

export const REASON_LABELS: Record<ReasonCategory, Localised> = {
  'identity-verification': l('Identity verification', '身份核验（实名认证）'),
  'security-takeover': l('Security / suspected takeover', '账户安全 / 疑似被盗'),
  'policy-violation': l('Policy violation (possibly a misunderstanding)', '涉嫌违规（可能是误判）'),
  'platform-fault': l('Temporary platform fault', '平台临时故障'),
  'permanent-closure': l('Permanent closure', '永久关闭'),
  'legal-freeze': l('Legal or authority freeze', '司法冻结 / 有权机关冻结'),
  unknown: l('Reason not given', '原因不明'),
};

export const STATUS_LABELS: Record<CaseStatus, Localised> = {
  open: l('Open', '处理中'),
  'waiting-on-support': l('Waiting on support', '等待客服回复'),
  appealed: l('Appealed', '已申诉'),
  reopened: l('Reopened', '已恢复'),
  'closed-for-good': l('Closed for good', '已永久关闭'),
};

export const CHANNEL_LABELS: Record<ContactChannel, Localised> = {
  'in-app-chat': l('in-app chat', 'App 内在线客服'),
  phone: l('phone', '电话'),
  email: l('email', '邮件'),
  'official-website': l('official website', '官方网站'),
  'official-social': l('official social-media account', '官方公众号 / 社交账号'),
  other: l('other channel', '其他渠道'),
};

export const EVENT_LABELS: Record<CaseEventKind, Localised> = {
  restricted: l('Account restricted', '账户被限制'),
  notice: l('Notice received', '收到通知'),
  'documents-sent': l('Documents sent', '提交材料'),
  'platform-reply': l('Reply from the platform', '平台回复'),
  'status-change': l('Case status changed', '状态变更'),
  note: l('Note', '备注'),
};

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, Localised> = {
  'id-front': l('ID document, front', '身份证件正面'),
  'id-back': l('ID document, back', '身份证件反面'),
  'proof-of-address': l('Proof of address', '地址证明'),
  screenshot: l('Screenshot', '截图'),
  'closure-notice': l('Closure or limit notice', '限制 / 关闭通知'),
  other: l('Other document', '其他材料'),
};

export const VERDICT_LABELS: Record<'mine' | 'not-mine' | 'unsure', Localised> = {
  mine: l('Made by me', '本人交易'),
  'not-mine': l('Not made by me', '非本人交易'),
  unsure: l('Not sure', '不确定'),
};

export const SOURCE_LABELS: Record<'official' | 'commonly-reported', Localised> = {
  official: l('official', '官方'),
  'commonly-reported': l('commonly reported', '常见说法（非官方）'),
};

export const tr = (text: Localised, lang: Lang): string => text[lang];

/** `2024-03-05` or `2024-03-05T14:30:00+08:00` → readable, in the time and zone as recorded. */
export function formatWhen(at: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(at);
  if (!m) return at;
  const [, y, mo, d, h, mi, z] = m;
  const date = lang === 'zh-CN' ? `${y}年${Number(mo)}月${Number(d)}日` : `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  let zone = '';
  if (z === '+08:00' && lang === 'zh-CN') zone = '（北京时间）';
  else if (z) zone = ` (UTC${z === 'Z' ? '' : z})`;
  return `${date} ${h}:${mi}${zone}`;
}

/** Human money text (`¥1,234.50`) in the report's language. */
export function formatAmount(minor: number, currency: string, lang: Lang): string {
  return formatMoney(minor, currency, lang);
}
