// npm run positions: lays out the built-in dataset once, with the app's own layout code, and writes
// data/builtin.positions.json, which the app ships so the built-in data opens without running the
// layout. Rerun it whenever data/drone-rounds-2023.json changes (a unit test fails until you do).
// Text is measured by the layout's estimate (Node has no fonts), so every machine writes the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutInput } from '../src/graph/buildElements';
import { computeLayout } from '../src/layout/computeLayout';
import { POSITIONS_COMMAND, type ShippedPositions } from '../src/layout/shippedPositions';
import { formatProblem } from '../src/validate/problems';
import { validateDatasetText } from '../src/validate/validateDataset';

const DATASET = 'data/drone-rounds-2023.json';
const OUT = 'data/builtin.positions.json';

const result = validateDatasetText(readFileSync(DATASET, 'utf8'));
if (!result.ok) {
  for (const problem of result.problems) console.error(`${DATASET}: ${formatProblem(problem)}`);
  throw new Error(`writePositions: ${DATASET} is not valid; fix it first (npm run check:data)`);
}
const { nodes, edges } = layoutInput(result.dataset);
const shipped: ShippedPositions = {
  generatedBy: `${POSITIONS_COMMAND} (scripts/writePositions.ts)`,
  dataset: DATASET,
  positions: computeLayout(nodes, edges),
};
// One entity a line, so a change to the data shows in the diff as the entities that moved.
const lines = Object.entries(shipped.positions).map(
  ([id, p]) => `    ${JSON.stringify(id)}: { "x": ${p.x}, "y": ${p.y} }`,
);
writeFileSync(
  OUT,
  `{\n  "generatedBy": ${JSON.stringify(shipped.generatedBy)},\n  "dataset": ${JSON.stringify(DATASET)},\n  "positions": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(`${OUT}: positions for ${nodes.length} entities`);
