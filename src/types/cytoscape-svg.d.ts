// cytoscape-svg ships no types.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}

declare namespace cytoscape {
  interface Core {
    /** From cytoscape-svg: the current view (or the whole graph with `full`) as SVG markup. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
