import { useEffect } from 'react';
import { layoutInput } from '../../graph/buildElements';
import { runLayout } from '../../layout/runLayout';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** Lays out each new dataset once; filters never trigger it. */
export function LayoutRunner() {
  const index = useAppStore(selectIndex);
  useEffect(() => {
    if (!index) return;
    let cancelled = false;
    const { nodes, edges } = layoutInput(index.dataset);
    const onProgress = (progress: number) => !cancelled && useAppStore.getState().setLayoutProgress(progress);
    runLayout(nodes, edges, onProgress).then(
      (positions) => !cancelled && useAppStore.getState().setPositions(positions),
      (error: Error) => !cancelled && useAppStore.getState().setLayoutError(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [index]);
  return null;
}
