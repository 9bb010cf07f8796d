import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';

/** Visible of total counts. Filters are not applied yet, so every element is visible. */
export function StatusBar() {
  const { t } = useT();
  const { nodes, edges, importing } = useAppStore(
    useShallow((state) => ({ nodes: state.graph.nodes.length, edges: state.graph.edges.length, importing: state.importing })),
  );
  return (
    <footer className="status-bar">
      <p role="status" aria-label={t('status.label')}>
        {t('status.nodes', { visible: nodes, total: nodes })} · {t('status.edges', { visible: edges, total: edges })}
      </p>
      {importing && <p className="status-progress">{t('status.importing', { files: importing.join(', ') })}</p>}
    </footer>
  );
}
