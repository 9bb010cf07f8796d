import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPinyin,
  buildSearchIndex,
  search,
  type SearchHit,
  type ToPinyin,
} from '../../../src/domain/search';
import { loadPinyin } from '../../../src/io/pinyin';
import { makeNode } from '../helpers';

const nodes = [
  makeNode({ id: 'n1', name: '赛乐医疗', awardLevel: 'provincial' }),
  makeNode({ id: 'n2', name: '赛乐(常州)医疗科技股份有限公司', awardLevel: 'national' }),
  makeNode({ id: 'n3', name: '常州赛乐新材料' }),
  makeNode({ id: 'SAILE-01', name: 'Sailer Tech' }),
  makeNode({ id: 'SLYL', name: '其他公司' }),
  makeNode({ id: 'n6', name: '长安汽车', type: 'enterprise' }),
  makeNode({ id: '00123', name: '零件厂' }),
];

const found = (hits: SearchHit[]) => hits.map((hit) => [hit.node.id, hit.match]);

let toPinyin: ToPinyin;
beforeAll(async () => {
  toPinyin = await loadPinyin();
});

describe('search', () => {
  it('finds pinyin initials, also of the name without its bracketed place', () => {
    const index = buildSearchIndex(nodes, toPinyin);
    expect(found(search(index, 'slyl'))).toEqual([
      ['SLYL', 'exact'],
      ['n2', 'initials'],
      ['n1', 'initials'],
    ]);
  });

  it('finds full pinyin after text matches, higher honours first', () => {
    const index = buildSearchIndex(nodes, toPinyin);
    expect(found(search(index, 'saile'))).toEqual([
      ['SAILE-01', 'prefix'],
      ['n2', 'pinyin'],
      ['n1', 'pinyin'],
      ['n3', 'pinyin'],
    ]);
    expect(found(search(index, 'Sai Le Yi'))).toEqual([
      ['n2', 'pinyin'],
      ['n1', 'pinyin'],
    ]);
  });

  it('ranks exact over prefix over substring for Chinese text', () => {
    const index = buildSearchIndex(nodes, toPinyin);
    expect(found(search(index, '赛乐'))).toEqual([
      ['n2', 'prefix'],
      ['n1', 'prefix'],
      ['n3', 'substring'],
    ]);
    expect(found(search(index, '赛乐医疗'))).toEqual([
      ['n1', 'exact'],
      ['n2', 'prefix'],
    ]);
  });

  it('matches ids verbatim, case and full-width forms aside', () => {
    const index = buildSearchIndex(nodes);
    expect(found(search(index, '0012'))).toEqual([['00123', 'prefix']]);
    expect(found(search(index, ' sailer TECH '))).toEqual([['SAILE-01', 'exact']]);
    expect(found(search(index, '（常州）'))).toEqual([['n2', 'substring']]);
  });

  it('reads polyphones in context', () => {
    const index = buildSearchIndex(nodes, toPinyin);
    expect(found(search(index, 'changan'))).toEqual([['n6', 'pinyin']]);
    expect(found(search(index, 'caqc'))).toEqual([['n6', 'initials']]);
  });

  it('matches no pinyin until it is added, and chunked addition equals the whole', () => {
    const index = buildSearchIndex(nodes);
    expect(found(search(index, 'slyl'))).toEqual([['SLYL', 'exact']]);
    let next = 0;
    while (next < index.entries.length) next = addPinyin(index, toPinyin, next, next + 3);
    expect(search(index, 'saile')).toEqual(search(buildSearchIndex(nodes, toPinyin), 'saile'));
  });

  it('honours the limit and ignores blank queries', () => {
    const index = buildSearchIndex(nodes, toPinyin);
    expect(found(search(index, 'saile', 2))).toEqual([
      ['SAILE-01', 'prefix'],
      ['n2', 'pinyin'],
    ]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'saile', 0)).toEqual([]);
  });

  it('finds the right node among 50k (speed is measured by npm run bench, not here)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      makeNode({ id: `id${i}`, name: `企业${i}号科技有限公司` }),
    );
    // A stand-in converter: this test checks the scan over a big index, not pinyin-pro.
    const index = buildSearchIndex(many, (text) => ({
      full: `qiye${text.length}kejiyouxiangongsi`,
      initials: 'qykjyxgs',
    }));
    expect(found(search(index, '企业49999号')).at(0)).toEqual(['id49999', 'prefix']);
    expect(search(index, 'kjyx', 20)).toHaveLength(20);
    expect(search(index, 'zzzz', 20)).toEqual([]);
  });
});
