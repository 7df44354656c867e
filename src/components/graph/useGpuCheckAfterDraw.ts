import { useEffect } from 'react';
import { detectGpu } from '../../graph/rendererSetting';
import { useAppStore } from '../../store/useAppStore';

/**
 * Once the graph is drawn, asks the browser about its GPU in a task of its own: the WebGL context that
 * takes costs ~30 ms, kept off the way to the first frame. Where the answer changes the automatic
 * choice (a GPU, first visit), the graph is drawn again with WebGL.
 */
export function useGpuCheckAfterDraw() {
  const drawn = useAppStore((s) => s.drawn);
  useEffect(() => {
    if (!drawn) return;
    const timer = setTimeout(() => useAppStore.getState().setGpu(detectGpu()), 0);
    return () => clearTimeout(timer);
  }, [drawn]);
}
