import { useEffect } from 'react';
import shippedBuiltinPositions from '../../../data/builtin.positions.json';
import { layoutInput } from '../../graph/buildElements';
import { runLayout } from '../../layout/runLayout';
import { shippedPositionsFor } from '../../layout/shippedPositions';
import { OVERVIEW_ABOVE } from '../../store/overviewSelectors';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { nextTask } from '../../tasks/nextTask';

/**
 * Lays out each new dataset once; filters never trigger it. The built-in dataset comes with its
 * positions (`npm run positions`), so it opens without the layout unless they are stale.
 */
export function LayoutRunner() {
  const index = useAppStore(selectIndex);
  useEffect(() => {
    if (!index) return;
    const state = useAppStore.getState();
    const shipped =
      index.dataset === state.builtinDataset
        ? shippedPositionsFor(
            index.dataset.entities.map((e) => e.id),
            shippedBuiltinPositions,
          )
        : null;
    if (shipped) return state.setPositions(shipped);
    let cancelled = false;
    const onProgress = (progress: number) => !cancelled && useAppStore.getState().setLayoutProgress(progress);
    // Sent to the worker in a task of its own: copying 20,000 entities and their links to it takes
    // ~35 ms, which would lengthen the task that first draws the page with the new dataset.
    void nextTask().then(() => {
      if (cancelled) return;
      const { nodes, edges } = layoutInput(index.dataset);
      runLayout(nodes, edges, onProgress, OVERVIEW_ABOVE).then(
        ({ positions, clustering }) => !cancelled && useAppStore.getState().setPositions(positions, clustering),
        (error: Error) => !cancelled && useAppStore.getState().setLayoutError(error.message),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [index]);
  return null;
}
