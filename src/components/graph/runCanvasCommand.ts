import type { Core } from 'cytoscape';
import { downloadBlob } from '../../export/download';
import { inLightStyle } from '../../graph/canvasLook';
import { loadPart } from '../../lazy/loadPart';
import { selectCanvasLook } from '../../store/canvasSelectors';
import type { CanvasCommand, ImageFormat } from '../../store/canvasSlice';
import { selectExportMeta } from '../../store/exportSelectors';
import { selectEffectiveAsOf } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { withExportLabels } from './labelDrawing';
import { fitWhenDrawn, stopWaitingFit } from './fitWhenDrawn';
import { centreOn, coveredTop, fitTo, moveNodes } from './viewport';

const READABLE_ZOOM = 1.2;

/** Carries out one command of the store's on the canvas. */
export function runCanvasCommand(cy: Core, command: CanvasCommand): void {
  // A new move of the view replaces a fit still waiting for what it names.
  if (command.type !== 'export') stopWaitingFit(cy);
  switch (command.type) {
    case 'fit':
      return command.ids ? fitWhenDrawn(cy, command.ids) : fitTo(cy, cy.elements(':visible'));
    case 'centre': {
      const node = cy.getElementById(command.id);
      if (node.empty()) return;
      // Close enough to read the label, never further out than the user already is.
      return centreOn(cy, node, Math.max(cy.zoom(), READABLE_ZOOM));
    }
    case 'viewport':
      cy.viewport(command.viewport);
      return;
    case 'relayout': {
      // While the layout still runs there is nothing to go back to: its positions will place the nodes.
      const positions = useAppStore.getState().positions;
      if (!positions) return;
      moveNodes(cy, positions);
      return fitTo(cy, cy.elements(':visible'));
    }
    case 'export':
      return exportPicture(cy, command.format, command.scale);
  }
}

/** Saves a picture of what is on screen, always in light style; a failure is shown by the Export menu. */
function exportPicture(cy: Core, format: ImageFormat, scale: number): void {
  const state = useAppStore.getState();
  const meta = selectExportMeta(state);
  const base = `supply-lines-${selectEffectiveAsOf(state) ?? 'latest'}`;
  // What the overview's bar covers on screen is left out of the picture (the fit leaves it empty).
  const covered = coveredTop(cy);
  // The image code (and cytoscape-svg) loads on the first export; the light style is set only
  // once it is here, around the synchronous picture taking.
  const made = loadPart('image export', () => import('../../export/exportImage')).then(({ exportPng, exportSvg }) =>
    // Names are planned for the picture (at least 12 px in it, none overlapping), then put back.
    withExportLabels(cy, selectViewClasses(state), state.presenting, (enlarge) =>
      inLightStyle(cy, selectCanvasLook(state), () =>
        format === 'svg'
          ? Promise.resolve(exportSvg(cy, meta, enlarge, covered)).then((blob) => downloadBlob(`${base}.svg`, blob))
          : exportPng(cy, meta, scale, enlarge, covered).then((blob) => downloadBlob(`${base}@${scale}x.png`, blob)),
      ),
    ),
  );
  made.catch((error: Error) => useAppStore.getState().setExportError(error.message));
}
