import { useEffect, useRef } from 'react';
import type { AttractionCandidate, ChainGapReport, GapSegment } from '../../domain/analysis';
import type { Graph } from '../../domain/graph/types';
import { useAppStore } from '../../store';
import { nodesByIdOf } from '../../store/derived';
import { useT, type Translator } from '../../store/i18n';
import { useAnalysisUi } from './analysisUi';
import { Computed } from './Computed';
import { NodeLink } from './NodeLink';
import { useAnalysis } from './useAnalysis';
import { useCapped } from './useCapped';

/** Names of tied local enterprises shown in a reason before "and N more"; candidates listed before "N more". */
const TIES_NAMED = 3;
const CANDIDATES_SHOWN = 10;

interface Target {
  chainId: string;
  segment: GapSegment;
}

interface ChainTargets {
  report: ChainGapReport;
  segments: GapSegment[];
}

/** A select option's value for a segment of a chain; NUL never occurs in an id. */
const optionValue = (chainId: string, segmentId: string) => `${chainId}\u0000${segmentId}`;

/** The segments worth attracting for: missing or weak, chain by chain. */
const targetsOf = (board: readonly ChainGapReport[]): ChainTargets[] =>
  board
    .map((report) => ({ report, segments: report.segments.filter((segment) => segment.status !== 'strong') }))
    .filter(({ segments }) => segments.length > 0);

/** 招商: for a missing or weak segment, the outside enterprises that serve it, best prospects first, each with why. */
export function AttractionSection() {
  const { t } = useT();
  const graph = useAppStore((state) => state.graph);
  const board = useAnalysis(graph, 'gapBoard', undefined);
  return (
    <Computed outcome={board}>
      {(reports) => {
        const targets = targetsOf(reports);
        return targets.length === 0 ? (
          <p className="analysis-empty">{t('analysis.attraction.noTargets')}</p>
        ) : (
          <Shortlist graph={graph} targets={targets} />
        );
      }}
    </Computed>
  );
}

function Shortlist({ graph, targets }: { graph: Graph; targets: ChainTargets[] }) {
  const { t } = useT();
  const picked = useAnalysisUi((state) => state.attraction);
  const reveal = useAnalysisUi((state) => state.revealAttraction);
  const field = useRef<HTMLSelectElement>(null);
  // Asked for from a gap board row far above: bring the shortlist into view and focus its segment field.
  useEffect(() => {
    const select = field.current;
    if (!reveal || !select) return;
    (select.closest('section') ?? select).scrollIntoView({ block: 'start' });
    select.focus({ preventScroll: true });
    useAnalysisUi.getState().set({ revealAttraction: false });
  }, [reveal]);
  const all = targets.flatMap(({ report, segments }) =>
    segments.map((segment): Target => ({ chainId: report.chainId, segment })),
  );
  const target =
    all.find(({ chainId, segment }) => chainId === picked?.chainId && segment.id === picked.segmentId) ??
    all[0];
  const outcome = useAnalysis(
    graph,
    'attraction',
    target ? { chainId: target.chainId, segmentId: target.segment.id } : null,
  );
  return (
    <>
      <label className="analysis-field">
        {t('analysis.attraction.segment')}
        <select
          ref={field}
          value={target ? optionValue(target.chainId, target.segment.id) : ''}
          onChange={(event) => {
            const [chainId = '', segmentId = ''] = event.target.value.split('\u0000');
            useAnalysisUi.getState().set({ attraction: { chainId, segmentId } });
          }}
        >
          {targets.map(({ report, segments }) => (
            <optgroup key={report.chainId} label={report.chainName}>
              {segments.map((segment) => (
                <option key={segment.id} value={optionValue(report.chainId, segment.id)}>
                  {t('analysis.attraction.option', {
                    segment: segment.name,
                    status: t(`analysis.status.${segment.status}`),
                  })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <Computed outcome={outcome}>
        {(candidates) =>
          candidates.length === 0 ? (
            <p className="analysis-empty">{t('analysis.attraction.none')}</p>
          ) : (
            <Candidates graph={graph} candidates={candidates} segment={target?.segment} />
          )
        }
      </Computed>
    </>
  );
}

function Candidates({
  graph,
  candidates,
  segment,
}: {
  graph: Graph;
  candidates: AttractionCandidate[];
  segment: GapSegment | undefined;
}) {
  const translator = useT();
  const { t, value } = translator;
  const { shown, toggle } = useCapped(candidates, CANDIDATES_SHOWN);
  return (
    <>
      <ol className="analysis-ranked" aria-label={t('analysis.attraction.candidates')}>
        {shown.map((candidate) => (
          <li key={candidate.id}>
            <NodeLink id={candidate.id} name={candidate.name} />
            {candidate.reason.awardLevel !== 'none' && (
              <span className={`badge level-${candidate.reason.awardLevel}`}>
                {value('level', candidate.reason.awardLevel)}
              </span>
            )}
            <p className="analysis-reason">{reasonText(translator, graph, candidate, segment)}</p>
          </li>
        ))}
      </ol>
      {toggle}
    </>
  );
}

/** Why a candidate ranks where it does: how it serves the segment, its honours, its ties to local firms. */
const reasonText = (
  { t, value }: Translator,
  graph: Graph,
  { reason }: AttractionCandidate,
  segment: GapSegment | undefined,
): string => {
  const nodesById = nodesByIdOf(graph);
  const stage = segment?.stage ? value('stage', segment.stage) : '';
  const nameOf = (id: string) => nodesById.get(id)?.name ?? id;
  const partners = reason.supplyPartners.slice(0, TIES_NAMED).map(nameOf).join(t('analysis.listSeparator'));
  const parts = [t(`analysis.attraction.match.${reason.match}`, { stage, partners })];
  if (reason.awardLevel !== 'none')
    parts.push(t('analysis.attraction.award', { level: value('level', reason.awardLevel) }));
  if (reason.localTies === 0) parts.push(t('analysis.attraction.noTies'));
  else {
    const named = reason.tiedTo.slice(0, TIES_NAMED).map(nameOf);
    const more = reason.localTies - named.length;
    const names = named.join(t('analysis.listSeparator'));
    parts.push(
      t(more > 0 ? 'analysis.attraction.tiesMore' : 'analysis.attraction.ties', {
        count: reason.localTies,
        names,
        more,
      }),
    );
  }
  return parts.join(t('analysis.partSeparator'));
};
