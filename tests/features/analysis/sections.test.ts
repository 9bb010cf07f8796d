import { describe, expect, it } from 'vitest';
import { ANALYSIS_SECTIONS } from '../../../src/features/analysis/sections';
import { en } from '../../../src/i18n/en';
import { zh } from '../../../src/i18n/zh';

describe('the Analysis sections registry', () => {
  it('titles every section in zh and en and gives it a component', () => {
    for (const section of ANALYSIS_SECTIONS) {
      expect(zh[section.title], section.id).toBeTruthy();
      expect(en[section.title], section.id).toBeTruthy();
      expect(section.Component, section.id).toBeTypeOf('function');
    }
  });

  it('uses each id once (ids make the headings’ element ids)', () => {
    const ids = ANALYSIS_SECTIONS.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
