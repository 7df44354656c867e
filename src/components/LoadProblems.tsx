import { formatProblem } from '../validate/problems';
import { useAppStore } from '../store/useAppStore';

const SHOWN = 20;

/** Says what was wrong with a dataset the user asked for, and that what they had is still shown. */
export function LoadProblems() {
  const problems = useAppStore((s) => s.loadProblems);
  const source = useAppStore((s) => s.loadProblemsSource);
  const dismiss = useAppStore((s) => s.setLoadProblems);
  if (problems.length === 0) return null;
  return (
    <div className="load-problems" role="alert">
      <strong>
        {source ?? 'The dataset'} could not be opened ({problems.length} problem{problems.length === 1 ? '' : 's'}). The
        built-in dataset is shown instead.
      </strong>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
      <p>
        Check the address or the file and reload, or open a file from this computer with Import data. Dismiss this to go
        on with the built-in dataset.
      </p>
      <button type="button" onClick={() => dismiss([], null)}>
        Dismiss
      </button>
    </div>
  );
}
