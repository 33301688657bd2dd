// The self-audit's security checklist: good practice for wallet owners, each item with the date it was
// last confirmed so the app can say what is stale.
import type { Lang } from '../rules/types';

export type SecurityItemId =
  | 'unique-password'
  | 'two-step'
  | 'password-age'
  | 'notifications'
  | 'devices-reviewed'
  | 'no-link-logins'
  | 'recovery-contacts'
  | 'backup';

export interface SecurityItemDef {
  id: SecurityItemId;
  text: Record<Lang, string>;
  /** How long a confirmation stays fresh, in days (the password-age item uses the user's interval). */
  freshDays: number;
}

export const SECURITY_ITEMS: readonly SecurityItemDef[] = [
  { id: 'unique-password', freshDays: 365, text: { en: 'The wallet password is strong and used nowhere else', 'zh-CN': '钱包密码足够复杂，且未在其他地方使用' } },
  { id: 'two-step', freshDays: 180, text: { en: 'Two-step verification is on', 'zh-CN': '已开启两步验证（双重验证）' } },
  { id: 'password-age', freshDays: 180, text: { en: 'The password was changed within the chosen interval', 'zh-CN': '密码在设定的周期内更换过' } },
  { id: 'notifications', freshDays: 180, text: { en: 'Transaction notifications are on', 'zh-CN': '已开启交易提醒通知' } },
  { id: 'devices-reviewed', freshDays: 90, text: { en: 'Signed-in devices were reviewed and unknown ones removed', 'zh-CN': '已检查登录设备，并移除了不认识的设备' } },
  { id: 'no-link-logins', freshDays: 90, text: { en: 'No password or code was ever typed after following a link from a message', 'zh-CN': '从未通过短信或聊天中的链接输入密码或验证码' } },
  { id: 'recovery-contacts', freshDays: 365, text: { en: 'Recovery phone number and email are up to date', 'zh-CN': '账户绑定的手机号和邮箱是最新的' } },
  // An account can be closed without warning: the statements and the case are the evidence, so keep a copy.
  { id: 'backup', freshDays: 90, text: { en: 'A recent encrypted backup of this app\'s data is kept somewhere else (Settings → Your data)', 'zh-CN': '本应用数据的最新加密备份已另存他处（设置 → 你的数据）' } },
];

export interface SecurityItemState {
  id: SecurityItemId;
  /** YYYY-MM-DD of the last confirmation, if ever. */
  confirmedAt?: string;
  /** The user said this does not hold (e.g. two-step is off). */
  failing?: boolean;
}

export type ItemStatus = 'ok' | 'stale' | 'never' | 'failing';

const DAY = 86_400_000;
const days = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

export function itemStatus(def: SecurityItemDef, state: SecurityItemState | undefined, today: string, passwordIntervalDays = 180): ItemStatus {
  if (state?.failing) return 'failing';
  if (!state?.confirmedAt) return 'never';
  const fresh = def.id === 'password-age' ? passwordIntervalDays : def.freshDays;
  return days(state.confirmedAt, today) > fresh ? 'stale' : 'ok';
}
