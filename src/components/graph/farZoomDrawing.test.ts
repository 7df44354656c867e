import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, drawDirectlyWhenFarOut } from './farZoomDrawing';

/** A picture cache whose own answer is whether the label is shown. */
const pictureCache = () => ({ isVisible: (_element: unknown, labelShown: boolean) => labelShown });

/** A stand-in for Cytoscape with the canvas renderer's picture caches. */
function fakeCy(zoom: { value: number }) {
  const data = {
    eleTxrCache: pictureCache(),
    lblTxrCache: pictureCache(),
    slbTxrCache: pictureCache(),
    tlbTxrCache: pictureCache(),
    lyrTxrCache: { getLayers: (...args: unknown[]) => ['layer', ...args] },
  };
  const cy = { zoom: () => zoom.value, renderer: () => ({ data }) } as unknown as Core;
  return { cy, data };
}

describe('drawDirectlyWhenFarOut', () => {
  it('keeps the picture caches at ordinary zooms, passing their answers through', () => {
    const zoom = { value: 1 };
    const { cy, data } = fakeCy(zoom);
    drawDirectlyWhenFarOut(cy);
    expect(data.eleTxrCache.isVisible({}, true)).toBe(true);
    expect(data.lblTxrCache.isVisible({}, false)).toBe(false);
    expect(data.lyrTxrCache.getLayers('eles', 1)).toEqual(['layer', 'eles', 1]);
    zoom.value = FAR_ZOOM;
    expect(data.tlbTxrCache.isVisible({}, true)).toBe(true);
  });

  it('turns every cache off below 1/16, where they would paint pictures larger than drawn', () => {
    const zoom = { value: 0.006 };
    const { cy, data } = fakeCy(zoom);
    drawDirectlyWhenFarOut(cy);
    for (const pictures of [data.eleTxrCache, data.lblTxrCache, data.slbTxrCache, data.tlbTxrCache])
      expect(pictures.isVisible({}, true)).toBe(false);
    expect(data.lyrTxrCache.getLayers('eles', 1)).toBeNull();
    zoom.value = 0.5;
    expect(data.eleTxrCache.isVisible({}, true)).toBe(true);
  });

  it('leaves a renderer without these caches alone', () => {
    const headless = { zoom: () => 0.001, renderer: () => ({}) } as unknown as Core;
    expect(() => drawDirectlyWhenFarOut(headless)).not.toThrow();
  });
});
