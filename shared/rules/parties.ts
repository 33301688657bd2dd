// Is a counterparty a private person? Money moved to new individuals is how drains and scams leave an
// account, while shops and utilities rarely are. Exports say it in different ways: a transfer type
// (转账, 红包, Sent P2P, Transfer), a masked real name (张*明, *小红), a payment handle (@jane, $cashtag).

const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
    + '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
    + '欧阳司上官诸葛').split(''),
);

// Words that make a name a business however short it is.
const BUSINESS = /店|公司|超市|餐|馆|厅|银行|保险|有限|集团|商|中心|旗舰|专营|便利|药|医院|学校|物业|电力|燃气|水务|移动|联通|电信|科技|服务|平台|充值|基金|证券|理财|酒店|影城|加油|停车|交通|地铁|公交|铁路|航空|快递|外卖|官方|工作室|部|站|城|坊|屋|铺|门诊|诊所|学院|大学|协会|政府|税务|医保|社保/;
const HAN = /^[\u4e00-\u9fff*＊]+$/;
const TRANSFER = /转账|转给|转入个人|红包|亲情卡|收款码|个人收款|\bp2p\b|transfer|sent to|send money|zelle|e-?transfer|interac/i;
const HANDLE = /^[@$][\w.-]{2,}$/;

/** A name that reads like a private person's (Chinese masked or surname-first names, payment handles). */
export function isPersonName(name: string): boolean {
  const s = name.trim();
  if (!s) return false;
  if (HANDLE.test(s)) return true;
  if (!HAN.test(s) || BUSINESS.test(s)) return false;
  const han = s.replace(/[*＊]/g, '');
  if (/[*＊]/.test(s)) return han.length >= 1 && s.length <= 5;
  if (s.length < 2 || s.length > 4) return false;
  return SURNAMES.has(s[0]!) || SURNAMES.has(s.slice(0, 2));
}

/** A transaction type or description that says money went person to person. */
export function isTransferText(text: string | undefined): boolean {
  return !!text && text.length < 80 && TRANSFER.test(text);
}
