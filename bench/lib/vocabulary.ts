/** Word lists the synthetic datasets compose their Chinese names and honours from. */
import type { AwardLevel, Stage } from '../../src/domain/graph/types';

/** A chain's name and the trade word its enterprises' names carry. */
export interface ChainTheme {
  name: string;
  trade: string;
}

export const CHAIN_THEMES: readonly ChainTheme[] = [
  { name: '新能源汽车', trade: '汽车部件' },
  { name: '生物医药', trade: '医药' },
  { name: '医疗器械', trade: '医疗' },
  { name: '新材料', trade: '材料' },
  { name: '集成电路', trade: '微电子' },
  { name: '光伏', trade: '光能' },
  { name: '储能', trade: '储能' },
  { name: '高端智能装备', trade: '智能装备' },
  { name: '轨道交通', trade: '轨道' },
  { name: '工业互联网', trade: '信息科技' },
  { name: '节能环保', trade: '环保' },
  { name: '航空航天', trade: '航空' },
  { name: '智能电网', trade: '电气' },
  { name: '碳纤维及复合材料', trade: '碳材' },
  { name: '石墨烯', trade: '石墨烯' },
  { name: '动力电池', trade: '电池' },
  { name: '工业机器人', trade: '机器人' },
  { name: '合成生物', trade: '生物科技' },
  { name: '口腔医疗', trade: '齿科' },
  { name: '绿色建材', trade: '建材' },
];

export const SEGMENT_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  upstream: ['原材料', '基础材料', '核心元器件', '关键零部件', '研发设计'],
  midstream: ['模组封装', '整机制造', '系统集成', '装备制造', '中试验证'],
  downstream: ['终端应用', '运维服务', '回收利用', '检验检测', '市场渠道'],
};

export const LOCAL_PLACES = ['常州', '武进', '新北', '天宁', '钟楼', '金坛', '溧阳'] as const;
export const OUTSIDE_PLACES = ['上海', '苏州', '无锡', '南京', '杭州', '深圳', '合肥', '宁波'] as const;

/** Two of these make the distinctive part of a firm's name (字号). */
export const NAME_SYLLABLES = [...'恒瑞华泰康达信安宏盛博远鑫通金润天明新元中科正德创源嘉禾凯力'] as const;

/** The trade word of an enterprise in no chain. */
export const GENERAL_TRADES = ['科技', '实业', '机械', '电子', '贸易'] as const;

export const ENTERPRISE_SUFFIXES = ['有限公司', '股份有限公司', '科技有限公司', '集团有限公司'] as const;
export const UNIVERSITY_SUFFIXES = ['大学', '理工学院', '职业技术学院', '研究院'] as const;
export const PLATFORM_SUFFIXES = [
  '产业创新中心',
  '公共技术服务平台',
  '科技企业孵化器',
  '产业园',
  '工程技术研究中心',
] as const;

/** Honours by the level each confers; an honoured enterprise holds one or two of its level. */
export const HONOURS: Readonly<Record<Exclude<AwardLevel, 'none'>, readonly string[]>> = {
  national: ['国家级专精特新"小巨人"', '制造业单项冠军示范企业', '国家级绿色工厂', '国家级智能制造示范工厂'],
  provincial: ['省级专精特新中小企业', '省级绿色工厂', '省级智能制造示范车间', '省级星级上云企业'],
  municipal: ['市级绿色工厂', '市级智能制造示范车间', '市级瞪羚企业', '市级重大项目'],
};
