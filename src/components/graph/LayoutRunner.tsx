import { useEffect } from 'react';
import shippedBuiltinPositions from '../../../data/builtin.positions.json';
import { shippedPositionsFor } from '../../layout/shippedPositions';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { nextTask } from '../../tasks/nextTask';
import { layoutJob } from './layoutJobs';

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
    // Sent to the worker in a task of its own: copying 20,000 entities and their links to it takes
    // ~35 ms, which would lengthen the task that first draws the page with the new dataset. A file
    // named in the address is already under way (main.tsx), and the same run is picked up.
    void nextTask().then(() => {
      if (cancelled) return;
      const job = layoutJob(index.dataset);
      job.follow((progress) => !cancelled && useAppStore.getState().setLayoutProgress(progress));
      job.result.then(
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
