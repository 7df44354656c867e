import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gpuBeforeFirstDraw } from './rendererSetting';

const KEY = 'supply-lines:gpu';
const report = { webgl2: true, renderer: 'ANGLE (NVIDIA GeForce RTX 3060)' };

/** A browser's storage and user agent, in Node. */
beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
    removeItem: (key: string) => items.delete(key),
  });
  vi.stubGlobal('navigator', { userAgent: 'Test browser/1.0' });
});
afterEach(() => vi.unstubAllGlobals());

describe('gpuBeforeFirstDraw', () => {
  it('is null on a first visit: the browser is asked after the first frame', () => {
    expect(gpuBeforeFirstDraw('auto')).toBeNull();
  });

  it('gives back the report this browser gave last time', () => {
    localStorage.setItem(KEY, JSON.stringify({ ...report, userAgent: navigator.userAgent }));
    expect(gpuBeforeFirstDraw('auto')).toEqual(report);
  });

  it("ignores another browser's report, and one that is not a report", () => {
    localStorage.setItem(KEY, JSON.stringify({ ...report, userAgent: 'another browser' }));
    expect(gpuBeforeFirstDraw('canvas')).toBeNull();
    localStorage.setItem(KEY, JSON.stringify({ webgl2: 'yes', renderer: 1, userAgent: navigator.userAgent }));
    expect(gpuBeforeFirstDraw('auto')).toBeNull();
    localStorage.setItem(KEY, '{not json');
    expect(gpuBeforeFirstDraw('auto')).toBeNull();
  });

  it('asks at once where the user chose WebGL, and keeps the answer', () => {
    // A page whose canvas gives no WebGL 2 context.
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
    expect(gpuBeforeFirstDraw('webgl')).toEqual({ webgl2: false, renderer: null });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ webgl2: false, userAgent: navigator.userAgent });
  });
});
