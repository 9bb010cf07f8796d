/** The module worker behind runLayout: one ForceAtlas2 layout per worker, progress posted between batches. */
import { forceAtlasLayout } from './forceAtlasLayout';
import type { LayoutRequest, LayoutResponse } from './runLayout';

/** What this module uses of the worker's global scope (the DOM types declare `self` a Window). */
interface LayoutWorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse, transfer?: Transferable[]) => void;
}

const scope = self as unknown as LayoutWorkerScope;

scope.onmessage = ({ data }) => {
  const positions = forceAtlasLayout(data, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  );
  scope.postMessage({ type: 'done', positions }, [positions.buffer]);
};
