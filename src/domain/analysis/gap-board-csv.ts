/** The gap board as a spreadsheet: one row per segment, chain figures repeated on each of its rows. */
import { neutraliseFormula } from '../csv/formula';
import { LIST_SEPARATOR } from '../csv/values';
import type { AwardLevel, Stage } from '../graph/types';
import type { ChainGapReport, GapSegment, SegmentStatus } from './gaps';

export const GAP_BOARD_COLUMNS = [
  'chain',
  'completeness',
  'localSupplyRate',
  'stage',
  'segment',
  'key',
  'status',
  'weight',
  'value',
  'localEnterpriseCount',
  'localEnterprises',
] as const;
export type GapBoardColumn = (typeof GAP_BOARD_COLUMNS)[number];

/** Words in the UI language; the board itself holds only codes, ids and names. */
export interface GapBoardCsvLabels {
  columns: Record<GapBoardColumn, string>;
  stage: Record<Stage, string>;
  status: Record<SegmentStatus, string>;
  awardLevel: Record<AwardLevel, string>;
  /** Written in the `key` column of a key segment. */
  keySegment: string;
}

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/** Formula-neutralised, then quoted as RFC 4180 asks. */
const cell = (value: string): string => {
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** A share to four decimals, '' when there is nothing to divide. */
const share = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10000) / 10000);

/**
 * UTF-8 with a BOM and CRLF line ends, like the node and edge export, so Excel reads the Chinese
 * right. A chain without segments still gets one row for its own figures.
 */
export function gapBoardCsv(board: readonly ChainGapReport[], labels: GapBoardCsvLabels): string {
  const segmentCells = (segment: GapSegment): Partial<Record<GapBoardColumn, string>> => ({
    stage: segment.stage === null ? '' : labels.stage[segment.stage],
    segment: segment.name,
    key: segment.key ? labels.keySegment : '',
    status: labels.status[segment.status],
    weight: String(segment.weight),
    value: String(segment.value),
    localEnterpriseCount: String(segment.localEnterprises.length),
    localEnterprises: segment.localEnterprises
      .map((enterprise) =>
        enterprise.awardLevel === 'none'
          ? enterprise.name
          : `${enterprise.name} (${labels.awardLevel[enterprise.awardLevel]})`,
      )
      .join(`${LIST_SEPARATOR} `),
  });

  const rows = board.flatMap((report) => {
    const chainCells = {
      chain: report.chainName,
      completeness: share(report.completeness.score),
      localSupplyRate: share(report.localSupply.rate),
    };
    const segments = report.segments.length > 0 ? report.segments.map(segmentCells) : [{}];
    return segments.map((cells) => ({ ...chainCells, ...cells }));
  });
  const lines = [
    GAP_BOARD_COLUMNS.map((column) => cell(labels.columns[column])).join(','),
    ...rows.map((row) => GAP_BOARD_COLUMNS.map((column) => cell(row[column] ?? '')).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
