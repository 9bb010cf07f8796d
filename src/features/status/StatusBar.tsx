import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { changesOf, shownOf } from '../../store/derived';

/** Shown of total counts: what the filters (and the enterprise circle's rings) leave, out of everything loaded; `children` are data actions beside them. */
export function StatusBar({ children }: { children?: ReactNode }) {
  const { t } = useT();
  const { nodes, edges, visibleNodes, visibleEdges, importing, renderer, example, changes } = useAppStore(
    useShallow((state) => {
      const visible = shownOf(state);
      return {
        changes: changesOf(state)?.counts ?? null,
        nodes: state.graph.nodes.length,
        edges: state.graph.edges.length,
        visibleNodes: visible.nodeIds.size,
        visibleEdges: visible.edgeIds.size,
        importing: state.importing,
        example: state.origin.kind === 'example',
        renderer: state.renderer,
      };
    }),
  );
  return (
    <footer className="status-bar">
      <p role="status" aria-label={t('status.label')}>
        {t('status.nodes', { visible: visibleNodes, total: nodes })} ·{' '}
        {t('status.edges', { visible: visibleEdges, total: edges })}
        {example && <strong className="fictional-status"> · {t('example.status')}</strong>}
        {changes && (
          <span className="status-changes" title={t('changes.statusLabel')}>
            {' · '}
            {t('changes.status', changes)}
          </span>
        )}
      </p>
      {children && <div className="status-actions">{children}</div>}
      {importing && (
        <p className="status-progress">{t('status.importing', { files: importing.join(', ') })}</p>
      )}
      {renderer && (
        <p className="status-debug" data-testid="renderer" title={renderer.gpu}>
          {t('status.renderer', {
            renderer: renderer.webgl ? 'WebGL' : 'canvas',
            reason: t(
              `status.rendererReason.${renderer.reason as 'small-map' | 'no-webgl2' | 'software-gl' | 'hardware-gl'}`,
            ),
          })}
        </p>
      )}
    </footer>
  );
}
