import { useEffect, useMemo, useState } from 'react';
import type { Clustering } from '../../layout/clusters';
import { nextOpenStep } from '../../overview/openInSteps';
import { afterNextPaint } from '../useAfterPaint';

const SEPARATOR = '\u0000';
const setOf = (key: string) => new Set(key ? key.split(SEPARATOR) : []);

/**
 * The clusters to draw open now, on the way to `wanted` (in the order they matter): a step of them
 * per frame (see nextOpenStep), the next step once the browser has painted the last, so opening many
 * clusters is many short frames rather than one long one. The same clusters give the same set object.
 */
export function useOpenInSteps(wanted: readonly string[], clustering: Clustering): ReadonlySet<string> {
  const [drawnKey, setDrawnKey] = useState('');
  const openKey = useMemo(
    () => [...nextOpenStep(setOf(drawnKey), wanted, clustering)].sort().join(SEPARATOR),
    [drawnKey, wanted, clustering],
  );
  useEffect(() => {
    if (openKey === drawnKey) return;
    return afterNextPaint(() => setDrawnKey(openKey));
  }, [openKey, drawnKey]);
  return useMemo(() => setOf(openKey), [openKey]);
}
