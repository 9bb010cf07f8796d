import { describe, expect, it } from 'vitest';
import { awardLevelOf, highestAwardLevel } from '../../../src/domain/csv/awards';

describe('award levels', () => {
  it.each([
    ['制造业单项冠军示范企业', 'national'],
    ['省级制造业单项冠军', 'provincial'],
    ['专精特新"小巨人"企业', 'national'],
    ['专精特新“小巨人”', 'national'],
    ["专精特新'小巨人'", 'national'],
    ['专精特新「小巨人」企业', 'national'],
    ['专精特新小巨人', 'national'],
    ['专精特新中小企业', 'provincial'],
    ['国家级绿色工厂', 'national'],
    ['省级绿色工厂', 'provincial'],
    ['市级绿色工厂', 'municipal'],
    ['绿色工厂', 'none'],
    ['国家级智能制造示范工厂', 'national'],
    ['江苏省智能制造示范车间', 'provincial'],
    ['常州市智能制造示范车间', 'municipal'],
    ['智能制造示范工厂', 'none'],
    ['省五星级上云企业', 'provincial'],
    ['五星级上云企业', 'provincial'],
    ['高新技术企业', 'national'],
    ['国家高新技术企业', 'national'],
    ['瞪羚企业', 'provincial'],
    ['省重大项目', 'provincial'],
    ['2023年省重大项目', 'provincial'],
    ['2024年度市重点项目', 'municipal'],
    ['重大项目', 'none'],
    ['市级企业技术中心', 'municipal'],
    ['National Technology Innovation Demonstration', 'national'],
    ['Provincial engineering centre', 'provincial'],
    ['市场开拓奖', 'none'],
    ['城市更新示范', 'none'],
    ['', 'none'],
  ])('%s → %s', (award, level) => {
    expect(awardLevelOf(award)).toBe(level);
  });

  it('an explicit level wins over the family: 省级 makes a 小巨人 provincial', () => {
    expect(awardLevelOf('省级专精特新小巨人')).toBe('provincial');
  });

  it('the highest of several wins', () => {
    expect(highestAwardLevel([])).toBe('none');
    expect(highestAwardLevel(['市级绿色工厂', '瞪羚企业'])).toBe('provincial');
    expect(highestAwardLevel(['市级绿色工厂', '制造业单项冠军', '瞪羚企业'])).toBe('national');
    expect(highestAwardLevel(['某某奖'])).toBe('none');
  });
});
