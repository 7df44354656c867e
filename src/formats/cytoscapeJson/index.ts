import type { DataFormat } from '../types';
import { parseCytoscapeJson } from './read';
import { toCytoscapeJson } from './write';

/** `"elements"` holding a list, or an object whose first key is `"nodes"` or `"edges"` holding a list. */
const ELEMENTS = /"elements"\s*:\s*(\[|\{\s*"(nodes|edges)"\s*:\s*\[)/;

/** Cytoscape JSON (`.cyjs`), as Cytoscape desktop and Cytoscape.js write it. The text is searched, not parsed, to recognise it. */
export const cytoscapeJson: DataFormat = {
  id: 'cytoscape-json',
  label: 'Cytoscape JSON',
  recognise: (file, start) => start.startsWith('{') && ELEMENTS.test(file.text),
  extensions: ['cyjs'],
  read: (file) => parseCytoscapeJson(file.text, file.name),
  write: (dataset, { base, positions }) => [
    { name: `${base}.cyjs`, type: 'application/json', text: toCytoscapeJson(dataset, positions) },
  ],
};
