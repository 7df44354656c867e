import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectRoundStory } from '../../store/presentationSelectors';
import { useAppStore } from '../../store/useAppStore';

/**
 * In Present, each round step frames its story: the camera moves (animated, a quarter of a second) to
 * the round's entities and their direct partners; a step with nothing on screen frames the whole
 * network. It renders nothing and moves the camera only through the store's fit request.
 */
export function PresentFramer({ cy }: { cy: Core }) {
  const presenting = useAppStore((s) => s.presenting);
  const story = useAppStore(selectRoundStory);
  useEffect(() => {
    if (!presenting) return;
    // Entering Present resizes the canvas on the next frame (see ViewController): frame after that.
    const frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      useAppStore.getState().fitView(story ? [...story.entities] : undefined);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, presenting, story]);
  return null;
}
