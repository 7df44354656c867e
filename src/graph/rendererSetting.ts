import { parseRendererPreference, type GpuReport, type RendererPreference } from './rendererChoice';

const STORAGE_KEY = 'supply-lines:renderer';

export function readRendererPreference(): RendererPreference {
  try {
    return parseRendererPreference(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

export function storeRendererPreference(preference: RendererPreference): void {
  try {
    if (preference === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage switched off: the choice lasts for this page only.
  }
}

let report: GpuReport | null = null;

/**
 * Asks the browser once per page whether WebGL 2 starts and on what GPU, from a throwaway context
 * (given back at once, as browsers allow only a few). Without a page (Node, tests): no WebGL.
 */
export function detectGpu(): GpuReport {
  if (report) return report;
  report = { webgl2: false, renderer: null };
  if (typeof document === 'undefined') return report;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return report;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
    report = { webgl2: true, renderer: typeof renderer === 'string' && renderer ? renderer : null };
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // A browser that throws here has no WebGL to offer.
  }
  return report;
}
