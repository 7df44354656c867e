/** Every way a dataset can be wrong, so the UI and scripts can react to a kind rather than a sentence. */
export type ProblemCode =
  | 'bad-address'
  | 'not-fetched'
  | 'start-failed'
  | 'not-json'
  | 'not-a-dataset'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'self-link'
  | 'period-order'
  | 'editorial';

/** What every problem says, in a dataset or in an imported file: its kind, and what is wrong in plain words. */
export interface ProblemBase<Code extends string> {
  code: Code;
  message: string;
}

/** One thing wrong with a dataset: where (a JSON path such as `entities[3].country`) and what, in plain words. */
export interface Problem extends ProblemBase<ProblemCode> {
  path: string;
}

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
