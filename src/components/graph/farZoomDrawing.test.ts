import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, LARGE_NODE, drawDirectlyWhenFarOut } from './farZoomDrawing';

/** A picture cache whose own answer is whether the label is shown. */
const pictureCache = () => ({ isVisible: (_element: unknown, labelShown: boolean) => labelShown });
const disc = { isNode: () => true, width: () => 6000 };
const entity = { isNode: () => true, width: () => 30 };
const link = { isNode: () => false, width: () => 2 * LARGE_NODE };

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
    expect(data.eleTxrCache.isVisible(disc, true)).toBe(true);
    expect(data.lblTxrCache.isVisible(disc, false)).toBe(false);
    expect(data.lyrTxrCache.getLayers('eles', 1)).toEqual(['layer', 'eles', 1]);
    zoom.value = FAR_ZOOM;
    expect(data.tlbTxrCache.isVisible(disc, true)).toBe(true);
  });

  it('below 1/16 draws large nodes directly, where their pictures would be larger than drawn', () => {
    const zoom = { value: 0.006 };
    const { cy, data } = fakeCy(zoom);
    drawDirectlyWhenFarOut(cy);
    for (const pictures of [data.eleTxrCache, data.lblTxrCache, data.slbTxrCache, data.tlbTxrCache])
      expect(pictures.isVisible(disc, true)).toBe(false);
    expect(data.lyrTxrCache.getLayers('eles', 1)).toBeNull();
    zoom.value = 0.5;
    expect(data.eleTxrCache.isVisible(disc, true)).toBe(true);
  });

  it('keeps the pictures of entities and links far out: a pixel or two each, thousands of them', () => {
    const { cy, data } = fakeCy({ value: 0.006 });
    drawDirectlyWhenFarOut(cy);
    expect(data.eleTxrCache.isVisible(entity, true)).toBe(true);
    expect(data.lblTxrCache.isVisible(link, true)).toBe(true);
  });

  it('leaves a renderer without these caches alone', () => {
    const headless = { zoom: () => 0.001, renderer: () => ({}) } as unknown as Core;
    expect(() => drawDirectlyWhenFarOut(headless)).not.toThrow();
  });
});
