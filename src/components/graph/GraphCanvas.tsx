import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { buildElements } from '../../graph/buildElements';
import { stylesheetFor } from '../../graph/canvasLook';
import { selectCanvasLook } from '../../store/canvasSelectors';
import { selectIndex, selectPositions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ExportController } from './ExportController';
import { GraphEvents } from './GraphEvents';
import { HoverCard } from './HoverCard';
import { LabelController } from './LabelController';
import { PrintController } from './PrintController';
import { ViewController } from './ViewController';

const CANVAS_STYLE = { width: '100%', height: '100%' };

/** The only owner of the Cytoscape instance: it creates it, feeds it elements and hands it to controllers. */
export function GraphCanvas() {
  const index = useAppStore(selectIndex);
  const positions = useAppStore(selectPositions);
  const look = useAppStore(selectCanvasLook);
  const elements = useMemo(
    () => (index && positions ? buildElements(index.dataset, positions) : []),
    [index, positions],
  );
  const [cy, setCy] = useState<Core | null>(null);
  const onCy = useCallback((instance: Core) => {
    window.cy = instance;
    setCy((current) => (current === instance ? current : instance));
  }, []);
  useEffect(() => {
    if (cy) drawLightly(cy, look.large);
  }, [cy, look.large]);

  return (
    <>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheetFor(look)}
        cy={onCy}
        style={CANVAS_STYLE}
        minZoom={0.05}
        maxZoom={5}
        boxSelectionEnabled={false}
        autounselectify
      />
      {cy && <ViewController cy={cy} elements={elements} />}
      {cy && <LabelController cy={cy} />}
      {cy && <GraphEvents cy={cy} />}
      {cy && <HoverCard cy={cy} />}
      {cy && <ExportController cy={cy} />}
      {cy && <PrintController cy={cy} />}
    </>
  );
}

/**
 * On a large network, Cytoscape's own shortcuts while the user pans or zooms: links are left out and
 * the last picture is moved as a texture until the viewport rests. They are renderer options that
 * react-cytoscapejs sets only at creation, so they are set on the renderer here.
 */
function drawLightly(cy: Core, large: boolean) {
  const renderer = (
    cy as unknown as { renderer: () => { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }
  ).renderer();
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}
