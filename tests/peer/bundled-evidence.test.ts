/**
 * The bundled default map (data/nodes.csv + data/edges.csv) rests on one source:
 * the 2024 article on 常州生命健康产业园区(薛家镇) kept in ../shared/source/.
 * Every row must quote that article word for word in its `evidence` column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

type Row = Record<string, string | undefined>;

const ARTICLE_PATH = path.resolve(__dirname, '../../../shared/source/xuejia-2024-article.txt');
const DATA_DIR = path.resolve(__dirname, '../../data');

const article = readFileSync(ARTICLE_PATH, 'utf8');
/** The article with its line breaks (and other whitespace) removed: some names are split across lines. */
const flatArticle = article.replace(/\s+/g, '');

function readCsv(file: string): { rows: Row[]; raw: string } {
  const raw = readFileSync(path.join(DATA_DIR, file), 'utf8');
  const parsed = Papa.parse<Row>(raw, { header: true, skipEmptyLines: true, dynamicTyping: false });
  expect(parsed.errors, `${file} parses without errors`).toEqual([]);
  return { rows: parsed.data, raw };
}

const nodesFile = readCsv('nodes.csv');
const edgesFile = readCsv('edges.csv');
const nodes = nodesFile.rows;
const edges = edgesFile.rows;

/**
 * Nodes whose evidence quotes a stated short form rather than the full name
 * (the article uses the short form there, or breaks the full name across lines).
 */
const SHORT_FORMS: Record<string, string[]> = {
  'chain-equipment': ['高端智能装'], // “高端智能装\n\n备产业” is split by a line break
  'plat-jingchuang': ['薛家精创产业园'], // “高\n\n新·薛家精创产业园” is split by a line break
};

const NODE_TYPES = ['enterprise', 'university', 'platform', 'chain', 'segment'];
const RELATIONS = [
  'supply',
  'cooperation',
  'research',
  'incubation',
  'investment',
  'membership',
  'service',
  'alliance',
];

describe('bundled map files', () => {
  it('are UTF-8 text with LF line ends and no BOM', () => {
    for (const { raw } of [nodesFile, edgesFile]) {
      expect(raw.charCodeAt(0)).not.toBe(0xfeff);
      expect(raw).not.toMatch(/\r/);
      expect(raw).not.toContain('\uFFFD');
    }
  });

  it('have the expected headers', () => {
    expect(nodesFile.raw.split('\n')[0]).toBe(
      'id,name,type,sector,segment,award_level,awards,locality,key,description,evidence,url,name_en,editorial',
    );
    expect(edgesFile.raw.split('\n')[0]).toBe('source,target,relation,label,evidence');
  });

  it('hold a map of useful size', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(edges.length).toBeGreaterThanOrEqual(50);
  });
});

describe('bundled nodes', () => {
  it('have unique, non-empty ids and known types', () => {
    const ids = nodes.map((n) => n.id ?? '');
    expect(ids.filter((id) => id.trim() === '')).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of nodes) expect(NODE_TYPES, `type of ${n.id}`).toContain(n.type);
  });

  it.each(nodes.map((n) => [n.id ?? '', n] as const))('%s quotes the article verbatim', (_id, n) => {
    const evidence = n.evidence ?? '';
    expect(evidence.trim()).not.toBe('');
    expect(article.includes(evidence), `evidence not found in the article: ${evidence}`).toBe(true);
  });

  it.each(nodes.map((n) => [n.id ?? '', n] as const))(
    '%s is named in the article and in its evidence',
    (id, n) => {
      const name = n.name ?? '';
      expect(name).not.toBe('');
      expect(flatArticle.includes(name.replace(/\s+/g, '')), `name not in the article: ${name}`).toBe(true);
      const forms = [name, ...(SHORT_FORMS[id] ?? [])];
      const evidence = n.evidence ?? '';
      expect(
        forms.some((f) => evidence.includes(f)),
        `evidence of ${id} names none of ${forms.join(' / ')}`,
      ).toBe(true);
    },
  );

  it('name known chains in sector, and segments give a stage', () => {
    const chains = new Set(nodes.filter((n) => n.type === 'chain').map((n) => n.id));
    for (const n of nodes) {
      const sectors = (n.sector ?? '')
        .split(/[;；|、]/)
        .map((s) => s.trim())
        .filter(Boolean);
      for (const s of sectors) expect(chains.has(s), `${n.id}: sector ${s}`).toBe(true);
      if (n.type === 'segment') {
        expect(sectors).toHaveLength(1);
        expect(['upstream', 'midstream', 'downstream']).toContain(n.segment);
      }
      expect(['national', 'provincial', 'municipal', 'none']).toContain(n.award_level);
      expect(['local', 'outside']).toContain(n.locality);
      if ((n.awards ?? '') === '') expect(n.award_level, `${n.id} has no awards`).toBe('none');
      else expect(n.award_level, `${n.id} has awards`).not.toBe('none');
    }
  });
});

describe('bundled edges', () => {
  const ids = new Set(nodes.map((n) => n.id));

  it('connect existing nodes with known relations, no self-loops or duplicates', () => {
    const seen = new Set<string>();
    for (const e of edges) {
      const where = `${e.source} -> ${e.target}`;
      expect(ids.has(e.source), `source of ${where}`).toBe(true);
      expect(ids.has(e.target), `target of ${where}`).toBe(true);
      expect(e.source, `self-loop ${where}`).not.toBe(e.target);
      expect(RELATIONS, `relation of ${where}`).toContain(e.relation);
      expect((e.label ?? '').trim(), `label of ${where}`).not.toBe('');
      const key = `${e.source}|${e.target}|${e.relation}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it.each(edges.map((e) => [`${e.source} -> ${e.target}`, e] as const))(
    '%s quotes the article verbatim',
    (_k, e) => {
      const evidence = e.evidence ?? '';
      expect(evidence.trim()).not.toBe('');
      expect(article.includes(evidence), `evidence not found in the article: ${evidence}`).toBe(true);
    },
  );

  it('state no supply tie (the article names none)', () => {
    expect(edges.filter((e) => e.relation === 'supply')).toEqual([]);
  });
});

describe('ids other parts of the project rely on', () => {
  it.each([
    ['ent-sailer', '赛乐(常州)医疗科技股份有限公司', 'enterprise'],
    ['ent-tiandi', '天地自动化', 'enterprise'],
    ['ent-denso', '电装', 'enterprise'],
    ['plat-njnu-synbio', '南京师范大学常州合成生物学产业研究院', 'platform'],
    ['chain-synbio', '合成生物', 'chain'],
    ['chain-dental', '牙科', 'chain'],
  ])('%s is %s', (id, name, type) => {
    const n = nodes.find((x) => x.id === id);
    expect(n?.name).toBe(name);
    expect(n?.type).toBe(type);
  });
});
