// The rules of the code's shape, as pure functions over file texts, so they can be tested without a
// disk: which folder may import which (one ordered table of layers), no folder cycles, no UI code in
// the pure stages, and no file past 300 lines. scripts/checkLayers.ts runs them over the repository.
import { posix } from 'node:path';

/**
 * The top-level folders of src/, lowest first. A folder may import its own files and the folders
 * before it, never one after it, so the pipeline reads top to bottom and no two folders need each
 * other. A new folder must be placed here before anything imports it or it imports anything.
 *
 * Tests (`*.test.ts`) are held to the UI rule but not to this order: a test may feed a stage with the
 * output of a later one (a real file read by its format, then analysed), and nothing ships a test, so
 * such an import adds no dependency to the app.
 */
export const LAYERS: readonly string[] = [
  'types', // ambient declarations for packages without types
  'tasks', // splitting long main-thread work across tasks
  'lazy', // loading parts of the app on first use, and the error when one cannot load
  'model', // the format: schema, types, migration, countries, link kinds, the dataset index
  'validate', // the one validator and the problem catalogues (dataset and import problems)
  'security', // the Content-Security-Policy
  'theme', // light or dark, kept in the browser
  'view', // the view a user shapes besides filters: selection and tools
  'analysis', // sanctions status, search, neighbourhood, paths, exposure, authorities, statistics
  'filter', // what the filters let through
  'layout', // positions, and the text measures they need
  'graph', // Cytoscape elements, stylesheets, palette, legend, labels
  'overview', // large networks drawn as clusters that open where the user looks
  'formats', // each data format (detect, read, write) and what readers and writers share
  'import', // the import pipeline: bytes to a draft, in a worker
  'test', // test support (factories, fixtures, the hostile corpus): only tests import it
  'bench', // generated networks and import files: only tests and scripts/bench import it
  'merge', // merging two datasets
  'storage', // imported datasets in IndexedDB
  'load', // picking the dataset to open with
  'export', // data and image exports
  'url', // the view in the address
  'savedViews', // saved views, kept in the browser
  'store', // the zustand store
  'briefing', // the self-contained briefing file, made from the running page
  'components', // React views
  '(root)', // App.tsx and main.tsx, which start it all
];

/** Folders of plain logic: no React, no zustand, no Cytoscape, nothing from the store or the views. */
export const PURE_STAGES: readonly string[] = [
  'tasks',
  'lazy',
  'model',
  'validate',
  'security',
  'theme',
  'view',
  'analysis',
  'filter',
  'layout',
  'formats',
  'import',
  'merge',
  'storage',
  'load',
  'test',
  'bench',
  'url',
  'savedViews',
];
export const UI_PACKAGES: readonly string[] = ['react', 'react-dom', 'zustand', 'cytoscape', 'react-cytoscapejs'];
export const UI_FOLDERS: readonly string[] = ['components', 'store'];
export const TEST_SUPPORT: readonly string[] = ['test', 'bench'];
export const MAX_LINES = 300;

export interface SourceFile {
  /** Path from the repository root, with forward slashes: `src/filter/filterNetwork.ts`. */
  path: string;
  text: string;
}

/** One import of a file: a relative path resolved from the repository root, or a package name. */
export type ImportTarget = { kind: 'file'; path: string } | { kind: 'package'; name: string };

// Formatted code starts every static import and re-export at the beginning of a line, so a line-anchored
// pattern finds them without a parser (and without matching `import` inside strings or comments).
const STATIC_IMPORT =
  /^(?:import\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|export\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+)['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a file imports, static and dynamic, in order of appearance per kind. */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!);
}

export function resolveImport(fromPath: string, specifier: string): ImportTarget {
  if (specifier.startsWith('.')) return { kind: 'file', path: posix.join(posix.dirname(fromPath), specifier) };
  const parts = specifier.split('/');
  return { kind: 'package', name: parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/') };
}

/** The top-level folder of src/ a path is in (`(root)` for src's own files), or null outside src/. */
export function srcFolderOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] !== 'src') return null;
  return parts.length === 2 ? '(root)' : parts[1]!;
}

export const isTestFile = (path: string) => /\.test\.tsx?$/.test(path);

export interface FolderEdge {
  from: string;
  to: string;
  /** One file and import that makes the edge, to quote in a message. */
  example: string;
}

/** Every import from one src folder into another by code that ships (not tests), with an example of each. */
export function folderEdges(files: readonly SourceFile[]): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of files) {
    const from = srcFolderOf(file.path);
    if (from === null || isTestFile(file.path)) continue;
    for (const specifier of importSpecifiers(file.text)) {
      const target = resolveImport(file.path, specifier);
      const to = target.kind === 'file' ? srcFolderOf(target.path) : null;
      if (to === null || to === from || to === 'styles') continue;
      const key = `${from}>${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, example: `${file.path} imports '${specifier}'` });
    }
  }
  return [...edges.values()];
}

/** Folder cycles (strongly connected groups of two or more folders), each listed with the edges inside it. */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  // Tarjan's algorithm: one pass, each folder's group found when its depth-first search closes.
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (folder: string) => {
    order.set(folder, order.size);
    low.set(folder, order.get(folder)!);
    stack.push(folder);
    for (const to of next.get(folder) ?? []) {
      if (!order.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(folder, Math.min(low.get(folder)!, order.get(to)!));
    }
    if (low.get(folder) !== order.get(folder)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const folder of [...next.keys()].sort()) if (!order.has(folder)) visit(folder);
  return groups.map((group) =>
    edges.filter((edge) => group.includes(edge.from) && group.includes(edge.to)).map((edge) => edge.example),
  );
}

const rank = (folder: string) => LAYERS.indexOf(folder);

/** Every import that breaks the layering: UI code in a pure stage, an import upwards, a folder not in the table. */
export function layeringProblems(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = srcFolderOf(file.path);
    if (from === null || from === 'styles') continue;
    if (rank(from) < 0)
      problems.push(`${file.path}: folder src/${from} is not in the layer table (scripts/layering.ts)`);
    for (const specifier of importSpecifiers(file.text)) {
      const target = resolveImport(file.path, specifier);
      const to = target.kind === 'file' ? srcFolderOf(target.path) : null;
      const quote = `${file.path} imports '${specifier}'`;
      if (PURE_STAGES.includes(from)) {
        const ui = target.kind === 'package' ? UI_PACKAGES.includes(target.name) : UI_FOLDERS.includes(to ?? '');
        if (ui) problems.push(`${quote}: src/${from} is a pure stage and must not import UI code`);
      }
      if (to === null || to === from || to === 'styles' || rank(from) < 0 || isTestFile(file.path)) continue;
      if (rank(to) < 0) problems.push(`${quote}: folder src/${to} is not in the layer table (scripts/layering.ts)`);
      else if (TEST_SUPPORT.includes(to)) problems.push(`${quote}: src/${to} is test support, only tests may use it`);
      else if (rank(to) > rank(from))
        problems.push(`${quote}: src/${from} sits below src/${to} and must not import it`);
    }
  }
  for (const cycle of folderCycles(folderEdges(files))) problems.push(`folder cycle: ${cycle.join('; ')}`);
  return problems;
}

/** Lines in a text as an editor numbers them (a final newline does not start another). */
export const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

export function longFileProblems(files: readonly SourceFile[], max = MAX_LINES): string[] {
  return files
    .filter((file) => lineCount(file.text) > max)
    .map((file) => `${file.path}: ${lineCount(file.text)} lines, over ${max}: split it along a seam`);
}
