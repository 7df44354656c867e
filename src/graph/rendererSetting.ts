import { parseRendererPreference, type GpuReport, type RendererPreference } from './rendererChoice';

const STORAGE_KEY = 'supply-lines:renderer';
const GPU_KEY = 'supply-lines:gpu';

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
 * What the page can say about the GPU before it draws, without asking the browser (a WebGL context
 * costs ~30 ms on the page's first task): the report this browser gave last time, kept with its user
 * agent, or a fresh one where the user chose WebGL. Null otherwise: the canvas draws first, and
 * `detectGpu` runs after the first frame.
 */
export function gpuBeforeFirstDraw(preference: RendererPreference): GpuReport | null {
  if (preference === 'webgl') return detectGpu();
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(GPU_KEY) ?? 'null');
    return isKeptReport(kept) && kept.userAgent === navigator.userAgent
      ? { webgl2: kept.webgl2, renderer: kept.renderer }
      : null;
  } catch {
    return null;
  }
}

/**
 * Asks the browser once per page whether WebGL 2 starts and on what GPU, from a throwaway context
 * (given back at once, as browsers allow only a few), and keeps the answer for the next visit.
 * Without a page (Node, tests): no WebGL.
 */
export function detectGpu(): GpuReport {
  if (report) return report;
  report = { webgl2: false, renderer: null };
  if (typeof document === 'undefined') return report;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
      report = { webgl2: true, renderer: typeof renderer === 'string' && renderer ? renderer : null };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // A browser that throws here has no WebGL to offer.
  }
  try {
    localStorage.setItem(GPU_KEY, JSON.stringify({ ...report, userAgent: navigator.userAgent }));
  } catch {
    // Storage switched off: asked again next visit.
  }
  return report;
}

function isKeptReport(value: unknown): value is GpuReport & { userAgent: string } {
  if (typeof value !== 'object' || value === null) return false;
  const kept = value as Record<string, unknown>;
  return (
    typeof kept.webgl2 === 'boolean' &&
    (kept.renderer === null || typeof kept.renderer === 'string') &&
    typeof kept.userAgent === 'string'
  );
}
