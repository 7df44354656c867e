import type { Core } from 'cytoscape';
import { useCallback, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { buildElements } from '../../graph/buildElements';
import { stylesheetFor } from '../../graph/stylesheets';
import { selectIndex, selectPositions, selectTheme } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { ExportController } from './ExportController';
import { GraphEvents } from './GraphEvents';
import { HoverCard } from './HoverCard';
import { PrintController } from './PrintController';
import { ViewController } from './ViewController';

const CANVAS_STYLE = { width: '100%', height: '100%' };

/** The only owner of the Cytoscape instance: it creates it, feeds it elements and hands it to controllers. */
export function GraphCanvas() {
  const index = useAppStore(selectIndex);
  const positions = useAppStore(selectPositions);
  const presenting = useAppStore((s) => s.presenting);
  const theme = useAppStore(selectTheme);
  const elements = useMemo(() => (index && positions ? buildElements(index.dataset, positions) : []), [index, positions]);
  const [cy, setCy] = useState<Core | null>(null);
  const onCy = useCallback((instance: Core) => {
    window.cy = instance;
    setCy((current) => (current === instance ? current : instance));
  }, []);

  return (
    <>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheetFor(theme, presenting)}
        cy={onCy}
        style={CANVAS_STYLE}
        minZoom={0.05}
        maxZoom={5}
        boxSelectionEnabled={false}
        autounselectify
      />
      {cy && <ViewController cy={cy} elements={elements} />}
      {cy && <GraphEvents cy={cy} />}
      {cy && <HoverCard cy={cy} />}
      {cy && <ExportController cy={cy} />}
      {cy && <PrintController cy={cy} />}
    </>
  );
}
