// The importer registry: one line per provider, sorted by id. The generic importer is not here: it is
// built from a mapping profile and only used when the user gives one.
import type { Importer } from './types';
import { alipay } from './alipay';
import { cashapp } from './cashapp';
import { jd } from './jd';
import { meituan } from './meituan';
import { monzo } from './monzo';
import { paypal } from './paypal';
import { revolut } from './revolut';
import { venmo } from './venmo';
import { wechatPay } from './wechat-pay';
import { wise } from './wise';

export const IMPORTERS: readonly Importer[] = [
  alipay,
  cashapp,
  jd,
  meituan,
  monzo,
  paypal,
  revolut,
  venmo,
  wechatPay,
  wise,
];
