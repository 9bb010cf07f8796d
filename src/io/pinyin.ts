/** The pinyin converter for search. pinyin-pro carries a ~300 KB dictionary, so it is fetched on first use. */
import type { ToPinyin } from '../domain/search';

export const loadPinyin = async (): Promise<ToPinyin> => {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    // One conversion gives both forms: an initial is the syllable's first letter (zh → z, as people type it).
    const syllables = pinyin(text, { toneType: 'none', type: 'array' });
    return { full: syllables.join(''), initials: syllables.map((syllable) => syllable.charAt(0)).join('') };
  };
};
