/**
 * Which Cytoscape renderer draws the graph. WebGL is faster on a real GPU and slower than the canvas
 * on software rendering (SwiftShader, llvmpipe: no GPU, as in virtual machines and headless
 * browsers), so `auto` picks WebGL only where the browser reports hardware acceleration.
 */
export type RendererPreference = 'auto' | 'canvas' | 'webgl';
export type RendererName = 'canvas' | 'webgl';

/** What the browser says about its GPU: whether WebGL 2 (which Cytoscape needs) starts, and on what. */
export interface GpuReport {
  webgl2: boolean;
  /** The unmasked renderer string (`ANGLE (NVIDIA …)`, `SwiftShader …`), null where it is hidden. */
  renderer: string | null;
}

export interface RendererChoice {
  renderer: RendererName;
  /** Why, in a few words, for the settings text: `hardware acceleration`, `software rendering`. */
  reason: string;
}

export const RENDERER_PREFERENCES: readonly RendererPreference[] = ['auto', 'canvas', 'webgl'];

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True for a renderer string that names software rendering rather than a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/**
 * The renderer to use for a preference on this browser. WebGL is never chosen where WebGL 2 does not
 * start. `gpu` is null until the browser has been asked (after the first frame): canvas meanwhile.
 */
export function chooseRenderer(preference: RendererPreference, gpu: GpuReport | null): RendererChoice {
  if (preference === 'canvas') return { renderer: 'canvas', reason: 'chosen' };
  if (gpu === null) return { renderer: 'canvas', reason: 'checking for a GPU' };
  if (!gpu.webgl2) return { renderer: 'canvas', reason: 'WebGL 2 is not available' };
  if (preference === 'webgl') return { renderer: 'webgl', reason: 'chosen' };
  if (gpu.renderer === null) return { renderer: 'canvas', reason: 'the browser does not say if it has a GPU' };
  return isSoftwareRenderer(gpu.renderer)
    ? { renderer: 'canvas', reason: 'software rendering, no GPU' }
    : { renderer: 'webgl', reason: 'hardware acceleration' };
}

/** True when two reports say the same, so asking again changes nothing. */
export function sameGpu(a: GpuReport | null, b: GpuReport | null): boolean {
  return a === b || (a !== null && b !== null && a.webgl2 === b.webgl2 && a.renderer === b.renderer);
}

/** A stored preference, or `auto` for anything else (nothing stored, an old or edited value). */
export function parseRendererPreference(value: string | null): RendererPreference {
  return RENDERER_PREFERENCES.find((p) => p === value) ?? 'auto';
}
