import { describe, expect, it } from 'vitest';
import {
  folderCycles,
  folderEdges,
  importSpecifiers,
  layeringProblems,
  lineCount,
  longFileProblems,
  type SourceFile,
} from './layering';

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((specifier) => `import { x } from '${specifier}';\n`).join(''),
});

describe('importSpecifiers', () => {
  it('finds static, type-only, multi-line, side-effect, re-exported and dynamic imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      'import {',
      '  c,',
      '  type D,',
      "} from '../c/c';",
      "import './styles.css';",
      "export { e } from './e';",
      "export * from './f';",
      "const g = await import('../g/g');",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b/b', '../c/c', './styles.css', './e', './f', '../g/g']);
  });

  it('passes over the word import inside text and exports without a source', () => {
    const text = 'const note = \'import { x } from "../store/y"\';\nexport const z = 1;\nexport { note };\n';
    expect(importSpecifiers(text)).toEqual([]);
  });
});

describe('layeringProblems', () => {
  it('accepts imports down the table and within a folder', () => {
    const files = [
      file('src/filter/filterNetwork.ts', '../analysis/authorities', '../model/types', './filterState', 'zod'),
      file('src/components/App.tsx', 'react', '../store/useAppStore', '../filter/filterNetwork'),
    ];
    expect(layeringProblems(files)).toEqual([]);
  });

  it.each([
    ['react', 'src/analysis/search.ts', 'react'],
    ['a react subpath', 'src/formats/read.ts', 'react/jsx-runtime'],
    ['zustand', 'src/url/viewParams.ts', 'zustand'],
    ['cytoscape', 'src/layout/computeLayout.ts', 'cytoscape'],
    ['the store', 'src/filter/filterNetwork.ts', '../store/selectionSlice'],
    ['a component', 'src/import/importSession.ts', '../components/ImportReport'],
    ['react, from a test', 'src/model/schema.test.ts', 'react'],
  ])('refuses %s in a pure stage, naming file and import', (_what, path, specifier) => {
    const [problem] = layeringProblems([file(path, specifier)]);
    expect(problem).toContain(`${path} imports '${specifier}'`);
    expect(problem).toContain('pure stage');
  });

  it('refuses an import up the table, naming both folders', () => {
    const problems = layeringProblems([file('src/analysis/exposure.ts', '../filter/sanctionStatus')]);
    expect(problems).toEqual([
      "src/analysis/exposure.ts imports '../filter/sanctionStatus': src/analysis sits below src/filter and must not import it",
    ]);
  });

  it('lets a test import up the table (an integration test), but not UI code into a pure stage', () => {
    expect(
      layeringProblems([file('src/analysis/stats.test.ts', '../filter/filterNetwork', '../formats/ftm/read')]),
    ).toEqual([]);
  });

  it('refuses test support in code that ships, and allows it in tests', () => {
    expect(layeringProblems([file('src/export/csv.ts', '../test/factories')])[0]).toContain('test support');
    expect(layeringProblems([file('src/export/csv.test.ts', '../test/factories', '../bench/generateNetwork')])).toEqual(
      [],
    );
  });

  it('refuses a folder that is not in the table, whether it imports or is imported', () => {
    expect(layeringProblems([file('src/widgets/a.ts', '../model/types')])[0]).toContain(
      'src/widgets is not in the layer table',
    );
    expect(layeringProblems([file('src/model/a.ts', '../widgets/b')])[0]).toContain(
      'src/widgets is not in the layer table',
    );
  });

  it('reports a folder cycle with the imports that make it', () => {
    const problems = layeringProblems([
      file('src/store/savedViewsSlice.ts', '../url/urlSync'),
      file('src/url/urlSync.ts', '../store/appState'),
    ]);
    expect(problems).toContain(
      "folder cycle: src/store/savedViewsSlice.ts imports '../url/urlSync'; src/url/urlSync.ts imports '../store/appState'",
    );
  });
});

describe('folderCycles', () => {
  it('finds a three-folder cycle and no cycle in a chain, leaving tests out', () => {
    const cycle = folderEdges([
      file('src/a/x.ts', '../b/y'),
      file('src/b/y.ts', '../c/z'),
      file('src/c/z.ts', '../a/x'),
      file('src/d/w.ts', '../a/x'),
    ]);
    expect(folderCycles(cycle)).toHaveLength(1);
    expect(folderCycles(cycle)[0]).toHaveLength(3);
    const throughTest = folderEdges([file('src/a/x.ts', '../b/y'), file('src/b/y.test.ts', '../a/x')]);
    expect(folderCycles(throughTest)).toEqual([]);
  });
});

const lines = (n: number) => 'x\n'.repeat(n);

describe('longFileProblems', () => {
  it('counts lines as an editor does', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb')]).toEqual([0, 1, 1, 2]);
  });

  it('refuses a file over 300 lines, naming it and its length, and accepts 300', () => {
    expect(longFileProblems([{ path: 'src/a.ts', text: lines(300) }])).toEqual([]);
    expect(longFileProblems([{ path: 'e2e/b.spec.ts', text: lines(301) }])).toEqual([
      'e2e/b.spec.ts: 301 lines, over 300: split it along a seam',
    ]);
  });
});
