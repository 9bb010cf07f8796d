import type { SegmentStatus } from '../../domain/analysis';

/** Worst first, as the board reads: what to fill (补链), what to strengthen (强链), what holds. */
export const SEGMENT_STATUSES = ['missing', 'weak', 'strong'] as const satisfies readonly SegmentStatus[];

/** A shape per status, so the status never rests on colour alone. */
export const STATUS_GLYPHS: Record<SegmentStatus, string> = { missing: '✕', weak: '◐', strong: '●' };
