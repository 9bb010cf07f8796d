/** The module worker behind runLayout: one ForceAtlas2 layout per worker, progress posted between batches. */
import { forceAtlasLayout } from './forceAtlasLayout';
import type { LayoutDone, LayoutProgress, LayoutRequest } from './runLayout';
import { serveJobs } from './workerServer';

serveJobs<LayoutRequest, LayoutProgress, LayoutDone>((request, progress) => {
  const positions = forceAtlasLayout(request, (done, total) => progress({ done, total }));
  return { result: { positions }, transfer: [positions.buffer] };
});
