import { useEffect } from 'react';
import { selectPaths } from '../../store/toolSelectors';
import { useAppStore } from '../../store/useAppStore';

/** Frames a newly found path on the canvas, so the user sees it without hunting for it. */
export function PathFitter() {
  const paths = useAppStore(selectPaths);
  const drawn = useAppStore((s) => s.drawn);
  useEffect(() => {
    if (!drawn || !paths || paths.length === 0) return;
    const ids = new Set(paths.flat().flatMap((link) => [link.id, link.source, link.target]));
    useAppStore.getState().fitView([...ids]);
  }, [paths, drawn]);
  return null;
}
