import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../src/domain/csv/problems';
import { problemMessages } from '../../../src/i18n/problems';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('problem messages', () => {
  it('every problem code has a zh and an en message, and no message is left over', () => {
    expect(Object.keys(problemMessages.en).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(problemMessages.zh).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it.each(PROBLEM_CODES)('%s uses the same placeholders in both languages', (code) => {
    expect(placeholders(problemMessages.zh[code] ?? '')).toEqual(
      placeholders(problemMessages.en[code] ?? ''),
    );
  });
});
