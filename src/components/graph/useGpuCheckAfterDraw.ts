import { useEffect } from 'react';
import { detectGpu } from '../../graph/rendererSetting';
import { useAppStore } from '../../store/useAppStore';

/**
 * Once the graph is drawn (or its layout has failed, so it will not be), asks the browser about its
 * GPU in a task of its own: the WebGL context that takes costs ~30 ms, kept off the way to the first
 * frame. Where the answer changes the automatic choice (a GPU, first visit), the graph is drawn again
 * with WebGL.
 */
export function useGpuCheckAfterDraw() {
  const settled = useAppStore((s) => s.drawn || s.layoutError !== null);
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => useAppStore.getState().setGpu(detectGpu()), 0);
    return () => clearTimeout(timer);
  }, [settled]);
}
