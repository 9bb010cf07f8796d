import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { commands, keyLabelOf } from '../../src/store/commands';

describe('keyboard commands', () => {
  it('name every command in zh and en and give it a key label', () => {
    for (const command of commands) {
      expect(zh[command.label], command.id).toBeTruthy();
      expect(en[command.label], command.id).toBeTruthy();
      expect(command.keyLabel, command.id).not.toBe('');
      expect(command.keys.length, command.id).toBeGreaterThan(0);
    }
  });

  it('give each key and each id to one command only', () => {
    const ids = commands.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = commands.flatMap((command) => command.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('find a key label by a known id only', () => {
    expect(keyLabelOf('presenter')).toBe('P');
    // @ts-expect-error an id that names no command does not compile
    expect(keyLabelOf('typo')).toBe('');
  });
});
