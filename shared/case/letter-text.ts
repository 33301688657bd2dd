// The sentences of the appeal letter in both languages, following APPEALS.md §8: who, what happened, the
// timeline, the facts about the flagged activity, what has been done, what is asked, a reply date and the
// enclosures. Factual and courteous; placeholders in [brackets] where the case lacks a fact.
import type { Lang } from '../rules/types';
import type { CaseAsk, ReasonCategory } from './types';

/** Ends a quoted sentence with `mark` unless it already ends with punctuation. */
const stop = (s: string, mark: string): string => (/[.!?。！？…]$/.test(s) ? s : s + mark);

export interface LetterPhrases {
  subject(what: string, account: string, ref?: string): string;
  greeting(platform: string): string;
  headings: { who: string; what: string; timeline: string; transactions: string; done: string; ask: string; reply: string; enclosures: string };
  who(name: string, account: string, contact?: string): string;
  happened: Record<ReasonCategory, string>;
  what(date: string, happened: string, ref?: string): string;
  noticeQuote: string;
  reasonParagraph: Record<ReasonCategory, string>;
  notMineIntro: string;
  explainedIntro: string;
  txLine(date: string, amount: string, counterparty: string, id: string, note: string): string;
  txMore(n: number, file: string): string;
  contactLine(channel: string, detail: string, ticket: string, agent: string, asked: string, answered: string): string;
  nothingDone: string;
  asks: Record<CaseAsk, (balance: string, account: string) => string>;
  authorityAsk: string;
  reply(days: number, escalation?: string): string;
  enclosureNote: string;
  closing: string;
  number(n: number): string;
  /** Between a timeline date and its text. */
  colon: string;
  placeholderName: string;
  placeholderDate: string;
  placeholderAccount: string;
  unknownCounterparty: string;
}

const EN: LetterPhrases = {
  subject: (what, account, ref) => `Subject: Appeal concerning account ${account}: ${what}${ref ? ` (reference ${ref})` : ''}`,
  greeting: (p) => `Dear ${p} support team,`,
  headings: { who: 'Who I am', what: 'What happened', timeline: 'Timeline', transactions: 'The transactions concerned', done: 'What I have done', ask: 'What I ask', reply: 'Reply', enclosures: 'Enclosures' },
  who: (name, account, contact) => `My name is ${name}. I hold the account ${account}${contact ? `, and you can reach me at ${contact}` : ''}. I will never share my password or any verification code, and I do not include them here.`,
  happened: {
    'identity-verification': 'restricted pending identity verification',
    'security-takeover': 'restricted because of suspected unauthorised access',
    'policy-violation': 'restricted for a suspected breach of the rules',
    'platform-fault': 'restricted, apparently because of a problem on the platform’s side',
    'permanent-closure': 'closed permanently',
    'legal-freeze': 'frozen at the request of an authority',
    unknown: 'restricted, without a reason being given',
  },
  what: (date, happened, ref) => `On ${date} I was told that my account had been ${happened}${ref ? ` (reference ${ref})` : ''}.`,
  noticeQuote: 'The notice read:',
  reasonParagraph: {
    'identity-verification': 'I am the genuine owner of this account and I am ready to complete any further verification you need. Copies of my identity documents are enclosed.',
    'security-takeover': 'I believe someone else gained access to my account. I have since secured it, and I ask you to investigate the transactions I did not make.',
    'policy-violation': 'I believe the activity that led to the restriction was legitimate and has been misunderstood. The purpose of each flagged transaction is explained below, and the supporting records are enclosed.',
    'platform-fault': 'As far as I can tell, the restriction was not caused by anything I did; it appears to be linked to a problem on the platform’s side.',
    'permanent-closure': 'I accept that you may decide to end our relationship, but I ask that my remaining balance be returned to me and that I be told the term relied on.',
    'legal-freeze': 'I understand that you may not be able to lift a freeze placed by an authority yourselves. Please tell me which authority asked for it and its case reference, so that I can take the matter up with them directly.',
    unknown: 'I have not been told why my account was restricted. Please tell me the reason and which documents you need from me.',
  },
  notMineIntro: 'The following transactions were not made by me:',
  explainedIntro: 'The transactions concerned, with what each was for:',
  txLine: (date, amount, cp, id, note) => `- ${date}: ${amount}, ${cp}${id ? `, transaction ${id}` : ''}${note ? ` — ${note}` : ''}`,
  txMore: (n, file) => `- and ${n} more, listed in the enclosed ${file}.`,
  contactLine: (channel, detail, ticket, agent, asked, answered) =>
    `Contacted support by ${channel}${detail ? ` (${detail})` : ''}${ticket ? `, ticket ${ticket}` : ''}${agent ? `, agent ${agent}` : ''}.${asked ? ` I asked: ${stop(asked, '.')}` : ''}${answered ? ` Reply: ${stop(answered, '.')}` : ''}`,
  nothingDone: 'I have followed the instructions I was given and kept a record of every contact.',
  asks: {
    reopen: () => 'Please lift the restriction and restore full use of my account.',
    'release-funds': (balance, account) => `Please release my balance${balance ? ` of ${balance}` : ''} to my own account${account ? ` ${account}` : ''}.`,
    'written-reason': () => 'Please tell me in writing the reason for your decision and the exact term of the user agreement it relies on.',
  },
  authorityAsk: 'Please tell me the name of the authority that requested the freeze and its case reference.',
  reply: (days, esc) => `I would be grateful for a reply within ${days} business days.${esc ? ` If the matter cannot be resolved, I may refer it to ${esc}.` : ''}`,
  enclosureNote: 'Copies are enclosed; I keep the originals.',
  closing: 'Yours faithfully,',
  number: (n) => `${n}. `,
  colon: ': ',
  placeholderName: '[your full name as on the account]',
  placeholderDate: '[date of the notice]',
  placeholderAccount: '[your own bank account]',
  unknownCounterparty: 'unnamed counterparty',
};

const ZH: LetterPhrases = {
  subject: (what, account, ref) => `事由：关于账户 ${account} ${what}的申诉${ref ? `（编号 ${ref}）` : ''}`,
  greeting: (p) => `${p}客服团队：\n\n您好！`,
  headings: { who: '身份信息', what: '事由', timeline: '时间线', transactions: '相关交易说明', done: '已完成的核验与材料', ask: '诉求', reply: '答复期限', enclosures: '附件清单' },
  who: (name, account, contact) => `本人${name}，是账户 ${account} 的实名持有人${contact ? `，联系方式：${contact}` : ''}。本函不包含任何密码或验证码，本人也不会向任何人提供。`,
  happened: {
    'identity-verification': '因身份核验被限制',
    'security-takeover': '因疑似被盗用被限制',
    'policy-violation': '因涉嫌违规被限制',
    'platform-fault': '因平台方面的问题被限制',
    'permanent-closure': '被永久关闭',
    'legal-freeze': '因有权机关要求被冻结',
    unknown: '在未说明原因的情况下被限制',
  },
  what: (date, happened, ref) => `本人于${date}收到通知，账户${happened}${ref ? `（通知编号 ${ref}）` : ''}。`,
  noticeQuote: '通知原文如下：',
  reasonParagraph: {
    'identity-verification': '本人是该账户的真实持有人，愿意配合完成任何进一步的身份核验。身份证件复印件随函附上。',
    'security-takeover': '本人认为账户曾被他人登录使用。本人已采取措施保护账户安全，恳请贵方调查下列非本人操作的交易。',
    'policy-violation': '本人认为导致账户受限的交易均为正常交易，可能存在误判。每笔被标记交易的用途说明如下，相关凭证随函附上。',
    'platform-fault': '据本人了解，账户受限并非本人操作所致，似与平台方面的问题有关。',
    'permanent-closure': '本人理解贵方有权终止服务，但恳请将账户余额退还本人，并告知所依据的具体条款。',
    'legal-freeze': '本人理解由有权机关要求的冻结平台可能无法自行解除。恳请告知提出冻结的机关名称及案件编号，以便本人直接与其联系。',
    unknown: '本人未被告知账户受限的原因。恳请告知具体原因以及需要本人提供的材料。',
  },
  notMineIntro: '以下交易并非本人操作：',
  explainedIntro: '相关交易及其用途说明如下：',
  txLine: (date, amount, cp, id, note) => `- ${date}：${amount}，${cp}${id ? `，交易单号 ${id}` : ''}${note ? `——${note}` : ''}`,
  txMore: (n, file) => `- 另有 ${n} 笔，详见附件 ${file}。`,
  contactLine: (channel, detail, ticket, agent, asked, answered) =>
    `通过${channel}${detail ? `（${detail}）` : ''}联系客服${ticket ? `，工单号 ${ticket}` : ''}${agent ? `，客服 ${agent}` : ''}。${asked ? `本人询问：${stop(asked, '。')}` : ''}${answered ? `答复：${stop(answered, '。')}` : ''}`,
  nothingDone: '本人已按照平台的指引操作，并记录了每一次联系。',
  asks: {
    reopen: () => '恳请解除对本人账户的限制，恢复正常使用。',
    'release-funds': (balance, account) => `恳请将账户余额${balance ? `${balance}` : ''}退回至本人名下账户${account ? ` ${account}` : ''}。`,
    'written-reason': () => '恳请以书面形式告知处置原因及所依据的用户协议条款。',
  },
  authorityAsk: '恳请告知提出冻结的机关名称及案件编号。',
  reply: (days, esc) => `恳请在 ${days} 个工作日内答复。${esc ? `如问题未能解决，本人将依法向${esc}反映。` : ''}`,
  enclosureNote: '以上均为复印件或扫描件，原件由本人保留。',
  closing: '此致\n敬礼',
  number: (n) => `${'一二三四五六七八九十'[n - 1] ?? n}、`,
  colon: '：',
  placeholderName: '[与账户一致的真实姓名]',
  placeholderDate: '[收到通知的日期]',
  placeholderAccount: '[本人银行账户]',
  unknownCounterparty: '未具名的交易对方',
};

export const LETTER_PHRASES: Record<Lang, LetterPhrases> = { en: EN, 'zh-CN': ZH };
