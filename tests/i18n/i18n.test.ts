import { describe, expect, it } from 'vitest';
import { detectLang, interpolate, translate, translateValue } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

describe('i18n', () => {
  it('has a non-empty Chinese and English text for every key', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zh)) expect(text, key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
  });

  it('interpolates named values and leaves unknown placeholders visible', () => {
    expect(interpolate('{a} of {b}', { a: 3, b: 'x' })).toBe('3 of x');
    expect(interpolate('{missing}', {})).toBe('{missing}');
    expect(interpolate('{__proto__}', {})).toBe('{__proto__}');
  });

  it('picks the word that goes with a number', () => {
    expect(interpolate('{count} {count|node|nodes}', { count: 1 })).toBe('1 node');
    expect(interpolate('{count} {count|node|nodes}', { count: 0 })).toBe('0 nodes');
    expect(interpolate('{count} {count|node|nodes}', { count: '2' })).toBe('2 nodes');
    expect(interpolate('{missing|one|other}', {})).toBe('{missing|one|other}');
    expect(translate('en', 'groups.members', { count: 1 })).toBe('1 node');
    expect(translate('en', 'status.nodes', { visible: 1, total: 1 })).toBe('1 of 1 node');
    expect(translate('zh', 'groups.members', { count: 1 })).not.toContain('|');
  });

  it('names every number an English plural choice follows, and no Chinese text has one', () => {
    for (const [key, text] of Object.entries(en))
      for (const [, name] of text.matchAll(/\{(\w+)\|/g))
        expect(text, key).toMatch(new RegExp(`\\{${name}\\}`));
    for (const [key, text] of Object.entries(zh)) expect(text, key).not.toMatch(/\{\w+\|/);
  });

  it('translates keys and data values, falling back to the raw value for custom ones', () => {
    expect(translate('en', 'status.nodes', { visible: 1, total: 2 })).toBe('1 of 2 nodes');
    expect(translateValue('zh', 'relation', 'supply')).toBe('供应');
    expect(translateValue('en', 'relation', 'licensing')).toBe('licensing');
  });

  it('picks ?lang first, then the remembered choice, then the browser language', () => {
    expect(detectLang('?lang=zh', 'en', 'en-GB')).toBe('zh');
    expect(detectLang('?lang=fr', 'en', 'zh-CN')).toBe('en');
    expect(detectLang('', null, 'zh-TW')).toBe('zh');
    expect(detectLang('', null, 'de-DE')).toBe('en');
  });
});
