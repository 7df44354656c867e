import { useEffect, useState } from 'react';
import { loadPart } from '../../lazy/loadPart';

type Loaded<T> = { module: T | null; error: string | null };

/**
 * A part of the app loaded on first use, once `wanted` turns true (a menu opens, a tool is used):
 * null until it is here, or the message saying it did not arrive. Loaders are module-level, so a
 * part loads once however many components want it.
 */
export function useLoadedPart<T>(part: string, load: () => Promise<T>, wanted = true): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ module: null, error: null });
  useEffect(() => {
    if (!wanted || loaded.module) return;
    let current = true;
    loadPart(part, load).then(
      (module) => current && setLoaded({ module, error: null }),
      (error: Error) => current && setLoaded({ module: null, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [part, load, wanted, loaded.module]);
  return loaded;
}
