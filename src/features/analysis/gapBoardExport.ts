import {
  GAP_BOARD_COLUMNS,
  gapBoardCsv,
  type ChainGapReport,
  type GapBoardCsvLabels,
} from '../../domain/analysis';
import { AWARD_LEVELS, STAGES } from '../../domain/graph/types';
import { downloadText, FICTIONAL_EXAMPLE_STEM } from '../../io/download';
import type { Origin } from '../../store';
import type { Translator } from '../../store/i18n';
import { SEGMENT_STATUSES } from './statuses';

export const gapBoardLabels = ({ t, value }: Translator): GapBoardCsvLabels => ({
  columns: Object.fromEntries(
    GAP_BOARD_COLUMNS.map((column) => [column, t(`analysis.gaps.column.${column}`)]),
  ) as GapBoardCsvLabels['columns'],
  stage: Object.fromEntries(
    STAGES.map((stage) => [stage, value('stage', stage)]),
  ) as GapBoardCsvLabels['stage'],
  status: Object.fromEntries(
    SEGMENT_STATUSES.map((status) => [status, t(`analysis.status.${status}`)]),
  ) as GapBoardCsvLabels['status'],
  awardLevel: Object.fromEntries(
    AWARD_LEVELS.map((level) => [level, value('level', level)]),
  ) as GapBoardCsvLabels['awardLevel'],
  keySegment: t('analysis.gaps.key'),
});

/** Characters no file system takes in a name. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\s]+/g;

/** Which data the board is of: the bundled map, or the uploaded files' names without extensions. */
const datasetPart = (origin: Origin): string => {
  if (origin.kind === 'bundled') return 'bundled-map';
  if (origin.kind === 'example') return FICTIONAL_EXAMPLE_STEM;
  return origin.files.map((file) => file.replace(/\.[^.]+$/, '')).join('+');
};

const isoDate = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

export const gapBoardFileName = (origin: Origin, date: Date): string =>
  `gap-board_${datasetPart(origin)}_${isoDate(date)}.csv`.replace(UNSAFE_IN_FILE_NAMES, '_');

/** The board as a CSV in the UI language, named after the dataset and today's date. */
export const downloadGapBoard = (
  board: readonly ChainGapReport[],
  origin: Origin,
  translator: Translator,
): void =>
  downloadText(
    gapBoardCsv(board, gapBoardLabels(translator)),
    gapBoardFileName(origin, new Date()),
    'text/csv',
  );
