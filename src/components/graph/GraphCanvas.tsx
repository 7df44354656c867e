import type { Core } from 'cytoscape';
import { useCallback, useEffect, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { stylesheetFor } from '../../graph/canvasLook';
import { overviewSeed } from '../../overview/overviewElements';
import { selectCanvasLook, selectElements } from '../../store/canvasSelectors';
import { OVERVIEW_MIN_ZOOM, selectClustering } from '../../store/overviewSelectors';
import { useAppStore } from '../../store/useAppStore';
import { CommandController } from './CommandController';
import { GraphEvents } from './GraphEvents';
import { HoverCard } from './HoverCard';
import { KeyboardWalk } from './KeyboardWalk';
import { LabelController } from './LabelController';
import { PresentFramer } from './PresentFramer';
import { PrintController } from './PrintController';
import { OverviewBar } from './OverviewBar';
import { OverviewController } from './OverviewController';
import { ViewController } from './ViewController';

const CANVAS_STYLE = { width: '100%', height: '100%' };

/** The only owner of the Cytoscape instance: it creates it, feeds it elements and hands it to controllers. */
export function GraphCanvas() {
  const elements = useAppStore(selectElements);
  const look = useAppStore(selectCanvasLook);
  // A large network is drawn as an overview, whose elements OverviewController adds and removes.
  const clustering = useAppStore(selectClustering);
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
        minZoom={clustering ? OVERVIEW_MIN_ZOOM : 0.05}
        maxZoom={5}
        boxSelectionEnabled={false}
        autounselectify
      />
      {cy && clustering && <OverviewController cy={cy} clustering={clustering} />}
      {clustering && <OverviewBar clustering={clustering} />}
      {cy && <ViewController cy={cy} elements={clustering ? overviewSeed(clustering) : elements} />}
      {/* After the ViewController: a command sees the classes of the change that sent it. */}
      {cy && <CommandController cy={cy} />}
      {cy && <LabelController cy={cy} />}
      {cy && <GraphEvents cy={cy} />}
      {cy && <HoverCard cy={cy} />}
      {cy && <PrintController cy={cy} />}
      {cy && <KeyboardWalk cy={cy} />}
      {cy && <PresentFramer cy={cy} />}
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
