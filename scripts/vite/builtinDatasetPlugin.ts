import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

type Validator = typeof import('../../src/validate/validateDataset.ts');

export const BUILTIN_DATASET_MODULE = 'virtual:builtin-dataset';
const RESOLVED = `\0${BUILTIN_DATASET_MODULE}`;

/**
 * The built-in dataset as a module, validated while the app is built: by the same validator every
 * loaded dataset passes, so the first script needs neither zod nor the validator. The module holds
 * the normalised dataset the validator returns; an invalid dataset fails the build with its problems.
 */
export function builtinDatasetPlugin(file = 'data/drone-rounds-2023.json'): Plugin {
  return {
    name: 'supply-lines:builtin-dataset',
    resolveId: (id) => (id === BUILTIN_DATASET_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const path = resolve(file);
      this.addWatchFile(path);
      // The validator is the app's own TypeScript, run through Vite rather than bundled into the config.
      const { module } = await runnerImport<Validator>(resolve('src/validate/validateDataset.ts'));
      const result = module.validateDatasetText(readFileSync(path, 'utf8'));
      if (!result.ok) {
        const first = result.problems.slice(0, 10).map((problem) => `  ${problem.path}: ${problem.message}`);
        this.error(
          `builtinDatasetPlugin: ${file} is not a valid dataset (${result.problems.length} problems; npm run check:data lists them):\n${first.join('\n')}`,
        );
      }
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.dataset))});`;
    },
  };
}
