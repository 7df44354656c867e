import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { downloadBlob } from '../../export/download';
import { exportPng, exportSvg } from '../../export/exportImage';
import { inLightStyle } from '../../graph/canvasLook';
import { selectExportMeta } from '../../store/exportSelectors';
import { selectCanvasLook } from '../../store/canvasSelectors';
import { selectEffectiveAsOf } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

/** Makes the image exports the store asks for, since only the canvas holds Cytoscape; always in light style. */
export function ExportController({ cy }: { cy: Core }) {
  const request = useAppStore((s) => s.exportRequest);
  useEffect(() => {
    if (!request) return;
    const state = useAppStore.getState();
    const meta = selectExportMeta(state);
    const base = `supply-lines-${selectEffectiveAsOf(state) ?? 'latest'}`;
    const made = inLightStyle(cy, selectCanvasLook(state), () =>
      request.format === 'svg'
        ? Promise.resolve(exportSvg(cy, meta)).then((blob) => downloadBlob(`${base}.svg`, blob))
        : exportPng(cy, meta, request.scale).then((blob) => downloadBlob(`${base}@${request.scale}x.png`, blob)),
    );
    made.catch((error: Error) => useAppStore.getState().setExportError(error.message));
  }, [cy, request]);
  return null;
}
