// Name pools for generated statements: real-looking merchants and people, plus generators for endless
// new ones (a new noodle shop, a new Taobao store, a stranger's masked name).
import type { Rng } from './random';

export interface Names {
  restaurants: string[];
  coffee: string[];
  grocery: string[];
  delivery: string[];
  taxi: string;
  metro: string;
  bike: string;
  train: string;
  bigStore: string;
  onlineStores: string[];
  utilities: { power: string; gas: string; phone: string };
  subscriptions: string[];
  lateSubscription: string;
  insurer: string;
  employer: string;
  transferKind: string;
  redPacketKind: string;
  cardKind: string;
  methods: string[];
  newMethod: string;
  attackerMethod: string;
  newRestaurant(r: Rng): string;
  newShop(r: Rng): string;
  newMerchant(r: Rng): string;
  person(r: Rng): string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红燕'.split('');
const BRANDS = ['优衣库', '小米', '良品铺子', '三只松鼠', '李宁', '安踏', '无印良品', '南极人', '百雀羚', '蓝月亮', '得力',
  '罗技', '倍思', '绿联', '欧莱雅', '完美日记', '花西子', '回力', '森马', '太平鸟', '波司登', '全棉时代', '网易严选', '维达',
  '立白', '自然堂', '珀莱雅', '膳魔师', '九阳', '美的', '苏泊尔', '飞利浦', '雅诗兰黛', '兰蔻', '耐克', '阿迪达斯'];
const SHOP_TAIL = ['官方旗舰店', '旗舰店', '专营店', '企业店', '官方店'];
const R1 = '阿老小大金福川湘粤蜀鲜一品德'.split('');
const R2 = ['记', '家', '味', '香', '品', '乐', '兴'];
const R3 = ['面馆', '小馆', '餐厅', '烧烤', '火锅', '饭店', '麻辣烫', '茶餐厅', '饺子馆', '粥铺'];
const SCAM_MERCHANTS = ['游戏充值中心', '数码专营店', '礼品卡商城', '话费充值', '虚拟商品店', '电竞装备店'];

export const chinese: Names = {
  restaurants: ['兰州拉面', '沙县小吃', '老盛昌汤包', '吉野家', '麦当劳', '肯德基', '真功夫', '和府捞面', '西贝莜面村',
    '外婆家', '味千拉面', '新白鹿餐厅'],
  coffee: ['瑞幸咖啡', '星巴克', 'Manner Coffee', '喜茶', '奈雪的茶'],
  grocery: ['盒马鲜生', '全家便利店', '罗森', '7-Eleven', '永辉超市', '叮咚买菜'],
  delivery: ['美团外卖', '饿了么'],
  taxi: '滴滴出行',
  metro: '上海地铁',
  bike: '哈啰出行',
  train: '中国铁路12306',
  bigStore: '京东商城',
  onlineStores: ['天猫超市', '拼多多'],
  utilities: { power: '国家电网', gas: '上海燃气', phone: '中国移动' },
  subscriptions: ['爱奇艺', '网易云音乐'],
  lateSubscription: '哔哩哔哩',
  insurer: '中国平安保险',
  employer: '上海云帆科技有限公司',
  transferKind: '转账',
  redPacketKind: '红包',
  cardKind: '商户消费',
  methods: ['余额宝', '招商银行储蓄卡(1234)', '花呗'],
  newMethod: '中国银行储蓄卡(5678)',
  attackerMethod: '建设银行信用卡(9921)',
  newRestaurant: (r) => `${r.pick(R1)}${r.pick(R2)}${r.pick(R3)}`,
  newShop: (r) => `${r.pick(BRANDS)}${r.pick(SHOP_TAIL)}`,
  newMerchant: (r) => `${r.pick(R1)}${r.pick(R2)}${r.pick(SCAM_MERCHANTS)}`,
  person: (r) => (r.chance(0.5) ? `${r.pick(SURNAMES)}*${r.pick(GIVEN)}` : `*${r.pick(GIVEN)}${r.pick(GIVEN)}`),
};

const FIRST = ['James', 'Oliver', 'Amelia', 'Olivia', 'Harry', 'Isla', 'Jack', 'Emily', 'George', 'Sophie', 'Noah', 'Mia',
  'Thomas', 'Ava', 'Leo', 'Grace', 'Oscar', 'Freya', 'Arthur', 'Lily', 'Henry', 'Ella', 'Charlie', 'Poppy', 'Alfie', 'Ruby',
  'Jacob', 'Evie', 'Muhammad', 'Chloe', 'Archie', 'Daisy'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Evans',
  'Walker', 'Thomas', 'Roberts', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris',
  'Lewis', 'Martin', 'Jackson', 'Clarke', 'Clark', 'Turner', 'Hill', 'Scott', 'Cooper', 'Morris', 'Ward', 'Moore', 'King'];
const E1 = ['The', 'Old', 'Little', 'Royal', 'Golden', 'Red', 'Green'];
const E2 = ['Crown', 'Lion', 'Oak', 'Kitchen', 'Table', 'Spoon', 'Fox', 'Anchor'];
const E3 = [' Cafe', ' Bistro', ' Pub', ' Deli', ' Grill', ''];
const ONLINE = ['Gadget', 'Style', 'Home', 'Outdoor', 'Beauty', 'Book', 'Craft', 'Pet'];

export const english: Names = {
  restaurants: ['Pret A Manger', 'Itsu', 'Wasabi', 'Leon', 'Nandos', 'Wagamama', 'Dishoom', 'Franco Manca', 'Pizza Express',
    'Honest Burgers'],
  coffee: ['Costa Coffee', 'Starbucks', 'Caffe Nero', "Gail's Bakery"],
  grocery: ['Tesco', "Sainsbury's", 'Waitrose', 'Lidl', 'Co-op'],
  delivery: ['Deliveroo', 'Uber Eats'],
  taxi: 'Uber',
  metro: 'TfL Travel Charge',
  bike: 'Lime',
  train: 'Trainline',
  bigStore: 'Amazon',
  onlineStores: ['Argos', 'ASOS'],
  utilities: { power: 'Octopus Energy', gas: 'Thames Water', phone: 'EE' },
  subscriptions: ['Netflix', 'Spotify'],
  lateSubscription: 'Disney Plus',
  insurer: 'Aviva Insurance',
  employer: 'Northwind Analytics Ltd',
  transferKind: 'Transfer',
  redPacketKind: 'Transfer',
  cardKind: 'Card Payment',
  methods: [],
  newMethod: '',
  attackerMethod: '',
  newRestaurant: (r) => `${r.pick(E1)} ${r.pick(E2)}${r.pick(E3)}`,
  newShop: (r) => `${r.pick(ONLINE)}${r.pick(['Hub', 'Direct', 'World', 'Store', 'Shop'])} ${r.pick(['UK', 'Ltd', 'Online'])}`,
  newMerchant: (r) => `${r.pick(['Digital', 'Game', 'Gift', 'Crypto', 'Mobile'])} ${r.pick(['Topup', 'Cards', 'Credits', 'Vault'])} ${r.pick(['Ltd', 'LLC', 'Inc'])}`,
  person: (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`,
};
