/**
 * The bundled map claims only what its evidence says. A node's `sector`, `award_level` and
 * `locality` are set only where the row's evidence (a verbatim quote of the article) names them,
 * or where the row's `editorial` column marks that field as an editorial reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../../src/domain/graph/editorial';

type Row = Record<string, string | undefined>;

const nodes = Papa.parse<Row>(readFileSync(path.resolve(__dirname, '../../data/nodes.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** How the article names each chain (齿科 is its other word for 牙科; 高端智能装备 is cut by a line break). */
const CHAIN_TERMS: Record<string, string[]> = {
  'chain-synbio': ['合成生物'],
  'chain-dental': ['牙科', '齿科'],
  'chain-nev': ['新能源'],
  'chain-equipment': ['高端智能装'],
  'chain-health': ['生命健康', '医药'],
};
/** What places a node in the mapped area: the town named in the quote. */
const TOWN_TERMS = ['薛家', '全镇', '常州生命健康产业园区'];
/** The word of each honour level an honour's name must carry. */
const LEVEL_TERMS: Record<string, string> = { national: '国家', provincial: '省', municipal: '市' };

/** The article writes “”; the data writes ASCII quotes, as the contract's example honours do. */
const plainQuotes = (text: string): string => text.replace(/[“”]/g, '"');
const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;；|、]/)
    .map((part) => part.trim())
    .filter(Boolean);

const editorialFields = (row: Row): Set<string> =>
  new Set(parseEditorial(row.editorial ?? '').flatMap((clause) => clause.fields));

/** The claims of a row its evidence does not carry. */
function unsupportedClaims(row: Row): string[] {
  const evidence = plainQuotes(row.evidence ?? '');
  const claims: string[] = [];
  for (const chain of list(row.sector))
    if (!(CHAIN_TERMS[chain] ?? []).some((term) => evidence.includes(term))) claims.push(`sector ${chain}`);
  const level = row.award_level ?? '';
  if (level !== '' && level !== 'none') {
    const awards = list(row.awards);
    const named = awards.length > 0 && awards.every((award) => evidence.includes(plainQuotes(award)));
    const levelled = awards.some((award) => award.includes(LEVEL_TERMS[level] ?? '\u0000'));
    if (!named || !levelled) claims.push(`award_level ${level}`);
  }
  const locality = row.locality ?? '';
  // Nothing in the article says where something outside the town is: every `outside` is a reading.
  if (locality === 'outside' || (locality === 'local' && !TOWN_TERMS.some((term) => evidence.includes(term))))
    claims.push(`locality ${locality}`);
  return claims;
}

describe('bundled node claims', () => {
  it('the rows are read', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(40);
  });

  it.each(nodes.map((row) => [row.id ?? '', row] as const))(
    '%s: sector, award level and locality are in its evidence or marked editorial',
    (_id, row) => {
      const marked = editorialFields(row);
      const unmarked = unsupportedClaims(row).filter((claim) => !marked.has(claim.split(' ')[0] ?? ''));
      expect(unmarked).toEqual([]);
    },
  );

  it('the check catches a claim the quote does not carry', () => {
    const row: Row = {
      sector: 'chain-nev',
      award_level: 'provincial',
      awards: '省重大项目',
      locality: 'local',
      evidence: '河海新能源超导热芯高端装备项目',
    };
    expect(unsupportedClaims(row)).toEqual(['award_level provincial', 'locality local']);
    expect(unsupportedClaims({ ...row, sector: 'chain-equipment' })).toContain('sector chain-equipment');
  });

  it('editorial notes name known fields and say why', () => {
    const known = ['type', 'sector', 'segment', 'award_level', 'awards', 'locality'];
    for (const row of nodes)
      for (const clause of parseEditorial(row.editorial ?? '')) {
        for (const field of clause.fields) expect(known, `${row.id}: ${field}`).toContain(field);
        expect(clause.note.length, `${row.id}: note`).toBeGreaterThan(5);
      }
  });
});
