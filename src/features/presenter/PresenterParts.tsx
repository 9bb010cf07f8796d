import { PresenterOverlay } from './PresenterOverlay';
import { StoriesPanel } from './StoriesPanel';
import { useStoryStorage } from './useStoryStorage';

/** Everything of the presenter that is not in the top bar, mounted once: storage, the Stories panel, the show. */
export function PresenterParts() {
  useStoryStorage();
  return (
    <>
      <StoriesPanel />
      <PresenterOverlay />
    </>
  );
}
