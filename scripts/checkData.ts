// Validates a dataset (the built-in one by default) and enforces the built-in dataset's editorial
// rules. Prints every problem with its path and exits non-zero if there is any.
// Usage: npm run check:data [-- path/to/dataset.json]
import { readFileSync } from 'node:fs';
import { editorialProblems } from '../src/validate/editorialProblems';
import { formatProblem } from '../src/validate/problems';
import { validateDatasetText } from '../src/validate/validateDataset';

const file = process.argv[2] ?? 'data/drone-rounds-2023.json';
const result = validateDatasetText(readFileSync(file, 'utf8'));
const problems = result.ok ? editorialProblems(result.dataset) : result.problems;
for (const problem of problems) console.error(`${file}: ${formatProblem(problem)}`);
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}`);
  process.exit(1);
}
const { entities, links, listings, rounds, sources } = result.dataset!;
console.log(
  `${file}: valid — ${entities.length} entities, ${links.length} links, ${listings.length} listings, ${rounds.length} rounds, ${sources.length} sources`,
);
// What the editorial rules let through, so a reader of the output sees how much rests on inference.
const quoted = links.filter((l) => (l.quotes ?? []).length > 0).length;
const inferred = links.filter((l) => l.confidence === 'inferred').length;
const uncertain = [...rounds, ...entities, ...listings, ...links].filter((r) => r.uncertain).length;
console.log(
  `${file}: ${quoted} links quoted, ${inferred} inferred; ${uncertain} records marked uncertain; ${sources.filter((s) => s.url).length} of ${sources.length} sources with a URL`,
);
