import builtinData from '../../data/drone-rounds-2023.json';
import type { Dataset } from '../model/types';
import { type Problem } from '../validate/problems';
import { validateDataset, validateDatasetText } from '../validate/validateDataset';

export interface InitialDataset {
  dataset: Dataset;
  /** The built-in dataset, which the user can always switch back to. */
  builtin: Dataset;
  /** Problems with the dataset the URL asked for; the built-in dataset is shown instead. */
  problems: Problem[];
  /** Where the problems come from, for the message: the `data` parameter's value. */
  requested: string | null;
}

/**
 * The dataset to open with: the one embedded in a briefing file, else the one named by
 * `?data=<relative URL>` (same origin only, so the app never calls another site), else the built-in
 * one. All pass the same validator.
 */
export async function loadInitialDataset(location: Pick<Location, 'search' | 'href' | 'origin'>, embedded?: unknown): Promise<InitialDataset> {
  const builtin = validateDataset(builtinData);
  if (!builtin.ok) throw new Error(`loadInitialDataset: the built-in dataset is invalid (run npm run check:data)`);
  if (embedded !== undefined) {
    const result = validateDataset(embedded);
    return result.ok
      ? { dataset: result.dataset, builtin: builtin.dataset, problems: [], requested: null }
      : { dataset: builtin.dataset, builtin: builtin.dataset, problems: result.problems, requested: 'The briefing’s dataset' };
  }
  const requested = new URLSearchParams(location.search).get('data');
  if (!requested) return { dataset: builtin.dataset, builtin: builtin.dataset, problems: [], requested: null };

  const fallback = (message: string): InitialDataset => ({
    dataset: builtin.dataset,
    builtin: builtin.dataset,
    problems: [{ code: 'not-json', path: '', message }],
    requested,
  });
  const url = new URL(requested, location.href);
  if (url.origin !== location.origin) return fallback('is on another site; Supply Lines only opens data from its own folder');
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return fallback(`could not be fetched (HTTP ${response.status})`);
    text = await response.text();
  } catch (error) {
    return fallback(`could not be fetched: ${(error as Error).message}`);
  }
  const result = validateDatasetText(text);
  return result.ok
    ? { dataset: result.dataset, builtin: builtin.dataset, problems: [], requested }
    : { dataset: builtin.dataset, builtin: builtin.dataset, problems: result.problems, requested };
}
