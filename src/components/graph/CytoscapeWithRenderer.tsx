import cytoscape, { type Core } from 'cytoscape';
import type { RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { drawDirectlyWhenFarOut } from './farZoomDrawing';

type Props = CytoscapeComponent['props'] & { webgl: boolean };

/** What react-cytoscapejs 2.0.0 keeps on its instance, used to create Cytoscape as it does. */
interface Internals {
  _cy: Core;
  containerRef: RefObject<HTMLDivElement | null>;
  updateCytoscape: (previous: Props | null, next: Props) => void;
}

/**
 * react-cytoscapejs' component, creating Cytoscape with the renderer chosen (`webgl`): Cytoscape
 * reads its renderer options only when it is created, and the binding forwards none of them. The
 * rest (elements, stylesheet, the `cy` callback) is the binding's own. Give it a `key` per renderer,
 * so a change of renderer makes a new instance. Known quirk of Cytoscape 3.34: once a WebGL instance
 * was made, canvas instances made later in the same page carry an idle (blank) WebGL layer, since it
 * counts its layers on a prototype it does not expose; a reload clears it.
 */
export class CytoscapeWithRenderer extends CytoscapeComponent {
  declare props: Props;

  componentDidMount() {
    const self = this as unknown as Internals;
    const { headless, styleEnabled, hideEdgesOnViewport, textureOnViewport, motionBlur, wheelSensitivity, pixelRatio } =
      this.props;
    const cy = cytoscape({
      container: self.containerRef.current ?? undefined,
      headless,
      styleEnabled,
      hideEdgesOnViewport,
      textureOnViewport,
      motionBlur,
      wheelSensitivity,
      pixelRatio: pixelRatio as number | 'auto' | undefined,
      // Cytoscape reads renderer options from the top level too (its types list `webgl` there).
      webgl: this.props.webgl,
    });
    if (this.props.webgl) announceWebglFrames(cy);
    else drawDirectlyWhenFarOut(cy);
    // react-cytoscapejs keeps its instance in this field; the rest of its lifecycle reads it there.
    // oxlint-disable-next-line no-underscore-dangle
    self._cy = cy;
    self.updateCytoscape(null, this.props);
  }
}

/**
 * Cytoscape 3.34's WebGL path draws without emitting `render`, which the canvas emits after each
 * frame and the app waits for (the first frame marks the graph drawn). Emitted here after each
 * frame; where WebGL hands a very close zoom back to the canvas, that frame says it twice.
 */
function announceWebglFrames(cy: Core) {
  const renderer = (
    cy as unknown as { renderer: () => { render: (options?: { forcedContext?: unknown }) => void } }
  ).renderer();
  const render = renderer.render.bind(renderer);
  renderer.render = (options) => {
    render(options);
    if (!options?.forcedContext) cy.emit('render');
  };
}
