import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The Cytoscape core, for power users in the browser console and for tests (see the README). */
    cy?: Core;
  }
}
