import { layoutInput } from '../../graph/buildElements';
import { runLayout, type LaidOut } from '../../layout/runLayout';
import type { Dataset } from '../../model/types';
import { OVERVIEW_ABOVE } from '../../store/overviewSelectors';

/** One dataset's layout under way: its result, and the one listener its progress goes to. */
export interface LayoutJob {
  result: Promise<LaidOut>;
  /** Sends the progress (0 to 1) from now on to `listener`, or to no one (null). */
  follow: (listener: ((progress: number) => void) | null) => void;
}

const jobs = new WeakMap<Dataset, LayoutJob>();

/**
 * Lays out a dataset, or returns the layout already started for it. The page starts the layout of a
 * file named in its address as soon as the file is checked (see main.tsx), before indexing and drawing
 * the page for it (~0.3 s at 20,000 entities) rather than after; LayoutRunner then picks it up.
 */
export function layoutJob(dataset: Dataset): LayoutJob {
  let job = jobs.get(dataset);
  if (!job) {
    let listener: ((progress: number) => void) | null = null;
    const { nodes, edges } = layoutInput(dataset);
    const result = runLayout(nodes, edges, (progress) => listener?.(progress), OVERVIEW_ABOVE);
    job = {
      result,
      follow: (next) => {
        listener = next;
      },
    };
    jobs.set(dataset, job);
    // A failed layout is not kept: opening the same dataset again tries again.
    result.catch(() => jobs.delete(dataset));
  }
  return job;
}
