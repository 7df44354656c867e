import type { Core } from 'cytoscape';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { stylesheetFor } from '../../graph/canvasLook';
import { overviewSeed } from '../../overview/overviewElements';
import { selectCanvasLook, selectElements } from '../../store/canvasSelectors';
import { OVERVIEW_MIN_ZOOM, selectClustering } from '../../store/overviewSelectors';
import { selectRendererChoice } from '../../store/rendererSelectors';
import { useAppStore } from '../../store/useAppStore';
import { CommandController } from './CommandController';
import { CytoscapeWithRenderer } from './CytoscapeWithRenderer';
import { GraphEvents } from './GraphEvents';
import { HoverCard } from './HoverCard';
import { KeyboardWalk } from './KeyboardWalk';
import { LabelController } from './LabelController';
import { PresentFramer } from './PresentFramer';
import { useGpuCheckAfterDraw } from './useGpuCheckAfterDraw';
import { useWarmUpWhileLayingOut } from './useWarmUpWhileLayingOut';
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
  const renderer = useAppStore(selectRendererChoice).renderer;
  useGpuCheckAfterDraw();
  useWarmUpWhileLayingOut(renderer === 'canvas', stylesheetFor(look));
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
      {/* A new renderer is a new Cytoscape: the key remounts it with the same elements. */}
      <CytoscapeWithRenderer
        key={renderer}
        webgl={renderer === 'webgl'}
        elements={elements}
        stylesheet={stylesheetFor(look)}
        cy={onCy}
        style={CANVAS_STYLE}
        minZoom={clustering ? OVERVIEW_MIN_ZOOM : 0.05}
        maxZoom={5}
        boxSelectionEnabled={false}
        autounselectify
      />
      {cy && (
        // Controllers start afresh on a new Cytoscape (another renderer): what they applied was on the old one.
        <Fragment key={instanceKey(cy)}>
          {clustering && <OverviewController cy={cy} clustering={clustering} />}
          <ViewController cy={cy} elements={clustering ? overviewSeed(clustering) : elements} />
          {/* After the ViewController: a command sees the classes of the change that sent it. */}
          <CommandController cy={cy} />
          <LabelController cy={cy} />
          <GraphEvents cy={cy} />
          <HoverCard cy={cy} />
          <PrintController cy={cy} />
          <KeyboardWalk cy={cy} />
          <PresentFramer cy={cy} />
        </Fragment>
      )}
      {clustering && <OverviewBar clustering={clustering} />}
    </>
  );
}

const instanceKeys = new WeakMap<Core, number>();
let instances = 0;

/** A React key per Cytoscape instance. */
function instanceKey(cy: Core): number {
  if (!instanceKeys.has(cy)) instanceKeys.set(cy, ++instances);
  return instanceKeys.get(cy)!;
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
