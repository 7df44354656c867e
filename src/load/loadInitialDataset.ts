import builtinData from 'virtual:builtin-dataset';
import type { Dataset } from '../model/types';
import { loadValidator } from '../validate/loadValidator';
import { validateTextOffThread } from '../validate/validateOffThread';
import { type Problem, type ProblemCode } from '../validate/problems';
import { datasetAddress } from './datasetAddress';

/**
 * The built-in dataset, validated like any other, but when the app is built (an invalid one fails
 * the build), so opening it loads no validator.
 */
export function builtinDataset(): Dataset {
  if (!builtinData?.entities) throw new Error('builtinDataset: the build holds no built-in dataset (a broken build)');
  return builtinData;
}

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
 * one. All pass the same validator. A dataset that cannot be read or is not valid leaves the built-in
 * one, with problems saying why; only a broken build throws.
 */
export async function loadInitialDataset(
  location: Pick<Location, 'search' | 'href' | 'origin'>,
  embedded?: unknown,
): Promise<InitialDataset> {
  const builtin = builtinDataset();
  if (embedded !== undefined) {
    const { validateDataset } = await loadValidator();
    const result = validateDataset(embedded);
    return result.ok
      ? { dataset: result.dataset, builtin, problems: [], requested: null }
      : { dataset: builtin, builtin, problems: result.problems, requested: 'The briefing’s dataset' };
  }
  const requested = new URLSearchParams(location.search).get('data');
  if (!requested) return { dataset: builtin, builtin, problems: [], requested: null };

  const fallback = (message: string, code: ProblemCode = 'not-fetched'): InitialDataset => ({
    dataset: builtin,
    builtin,
    problems: [{ code, path: '', message }],
    requested,
  });
  const address = datasetAddress(requested, location);
  if (!address.ok) return fallback(address.message, 'bad-address');
  let text: string;
  try {
    const response = await fetch(address.url);
    if (!response.ok) return fallback(`could not be fetched (HTTP ${response.status})`);
    text = await response.text();
  } catch (error) {
    return fallback(`could not be fetched: ${(error as Error).message}`);
  }
  const result = await validateTextOffThread(text);
  return result.ok
    ? { dataset: result.dataset, builtin, problems: [], requested }
    : { dataset: builtin, builtin, problems: result.problems, requested };
}
