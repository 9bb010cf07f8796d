import { AWARD_LEVELS, type AwardLevel } from '../graph/types';

type RankedLevel = Exclude<AwardLevel, 'none'>;

/** An explicit level written anywhere in the honour wins over the family's usual level. */
const EXPLICIT_LEVELS: readonly [RegExp, RankedLevel][] = [
  [/国家级|^national\b/i, 'national'],
  [/省级|^provincial\b/i, 'provincial'],
  [/市级|^municipal\b/i, 'municipal'],
];

/** The awarding government named before the honour: 国家…, 省…, 浙江省…, 市…, 杭州市… (not 市场…). */
const ISSUER_PREFIXES: readonly [RegExp, RankedLevel][] = [
  [/^(国家|中国)/, 'national'],
  [/^(?:[\u4e00-\u9fff]{2,3})?省/, 'provincial'],
  [/^(?:[\u4e00-\u9fff]{2,3})?市(?!场)/, 'municipal'],
];

/** Honour families and the level they carry when no level is written. */
const FAMILIES: readonly [RegExp, RankedLevel][] = [
  [/单项冠军/, 'national'],
  [/小巨人/, 'national'],
  [/高新技术企业/, 'national'],
  [/专精特新/, 'provincial'],
  [/星级上云/, 'provincial'],
  [/瞪羚/, 'provincial'],
];

/** A leading year, as in "2023年" or "2023年度", says nothing about the level. */
const LEADING_YEAR = /^\s*\d{4}\s*年度?\s*/;

const firstMatch = (text: string, rules: readonly [RegExp, RankedLevel][]): RankedLevel | undefined =>
  rules.find(([pattern]) => pattern.test(text))?.[1];

/**
 * The level of one honour: an explicit 国家级/省级/市级 first, then the issuer named in front, then
 * the family's usual level (制造业单项冠军, 专精特新"小巨人" in any quotes, 高新技术企业 → national;
 * 专精特新中小企业, 星级上云, 瞪羚 → provincial). 'none' when nothing is recognised: 绿色工厂,
 * 智能制造示范工厂/车间 or 重大项目 without a level say nothing about theirs.
 */
export function awardLevelOf(award: string): AwardLevel {
  const text = award.replace(LEADING_YEAR, '');
  return (
    firstMatch(text, EXPLICIT_LEVELS) ??
    firstMatch(text, ISSUER_PREFIXES) ??
    firstMatch(text, FAMILIES) ??
    'none'
  );
}

const rank = (level: AwardLevel): number => AWARD_LEVELS.indexOf(level);

/** Big files repeat the same few honours on thousands of rows: each is matched once. */
const knownLevels = new Map<string, AwardLevel>();
const KNOWN_LEVELS_LIMIT = 10_000;

const cachedAwardLevelOf = (award: string): AwardLevel => {
  let level = knownLevels.get(award);
  if (level === undefined) {
    if (knownLevels.size >= KNOWN_LEVELS_LIMIT) knownLevels.clear();
    level = awardLevelOf(award);
    knownLevels.set(award, level);
  }
  return level;
};

/** The highest level among the honours ('none' for none). */
export const highestAwardLevel = (awards: readonly string[]): AwardLevel =>
  awards.reduce<AwardLevel>((best, award) => {
    const level = cachedAwardLevelOf(award);
    return rank(level) < rank(best) ? level : best;
  }, 'none');
