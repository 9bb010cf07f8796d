import { useAppStore } from '../../store';

/** A node's name that selects it and brings it into view on the map. */
export function NodeLink({ id, name }: { id: string; name: string }) {
  return (
    <button
      type="button"
      className="link-button analysis-node-link"
      onClick={() => useAppStore.getState().focusNode(id)}
    >
      {name}
    </button>
  );
}
