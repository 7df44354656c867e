// Checks the code's shape (scripts/layering.ts holds the rules and the table of layers): prints every
// import that breaks the layering, every folder cycle and every file over 300 lines, and exits non-zero
// if there is any. Usage: npm run check:layers
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layeringProblems, longFileProblems, type SourceFile } from './layering';

function sourceFiles(folder: string): SourceFile[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'))
    .sort()
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const src = sourceFiles('src');
const problems = [
  ...layeringProblems(src),
  ...longFileProblems([...src, ...sourceFiles('e2e'), ...sourceFiles('scripts')]),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`${problems.length} layering problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`layers: ${src.length} files in src/ keep to the layer table; no file is over 300 lines`);
