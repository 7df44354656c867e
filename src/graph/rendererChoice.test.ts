import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer, parseRendererPreference, sameGpu, type GpuReport } from './rendererChoice';

const gpu = (renderer: string | null, webgl2 = true): GpuReport => ({ webgl2, renderer });
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)';
const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const WINDOWS_BASIC = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('isSoftwareRenderer', () => {
  it.each([
    [NVIDIA, false],
    [APPLE, false],
    ['Mali-G78', false],
    [SWIFTSHADER, true],
    [LLVMPIPE, true],
    ['Software Rasterizer', true],
    [WINDOWS_BASIC, true],
  ])('%s → %s', (renderer, software) => expect(isSoftwareRenderer(renderer)).toBe(software));
});

describe('chooseRenderer', () => {
  it.each([
    ['auto', gpu(NVIDIA), 'webgl', 'hardware acceleration'],
    ['auto', gpu(APPLE), 'webgl', 'hardware acceleration'],
    ['auto', gpu(SWIFTSHADER), 'canvas', 'software rendering, no GPU'],
    ['auto', gpu(LLVMPIPE), 'canvas', 'software rendering, no GPU'],
    ['auto', gpu(null), 'canvas', 'the browser does not say if it has a GPU'],
    ['auto', gpu(NVIDIA, false), 'canvas', 'WebGL 2 is not available'],
    ['canvas', gpu(NVIDIA), 'canvas', 'chosen'],
    ['webgl', gpu(SWIFTSHADER), 'webgl', 'chosen'],
    ['webgl', gpu(null, false), 'canvas', 'WebGL 2 is not available'],
    ['auto', null, 'canvas', 'checking for a GPU'],
    ['canvas', null, 'canvas', 'chosen'],
  ] as const)('%s on %o → %s (%s)', (preference, report, renderer, reason) => {
    expect(chooseRenderer(preference, report)).toEqual({ renderer, reason });
  });
});

describe('sameGpu', () => {
  it('compares what the reports say, not which object holds it', () => {
    expect(sameGpu(gpu(NVIDIA), gpu(NVIDIA))).toBe(true);
    expect(sameGpu(null, null)).toBe(true);
    expect(sameGpu(null, gpu(NVIDIA))).toBe(false);
    expect(sameGpu(gpu(NVIDIA), gpu(SWIFTSHADER))).toBe(false);
    expect(sameGpu(gpu(NVIDIA), gpu(NVIDIA, false))).toBe(false);
  });
});

describe('parseRendererPreference', () => {
  it.each([
    ['webgl', 'webgl'],
    ['canvas', 'canvas'],
    ['auto', 'auto'],
    [null, 'auto'],
    ['WebGL', 'auto'],
    ['gpu', 'auto'],
  ])('%s → %s', (stored, preference) => expect(parseRendererPreference(stored)).toBe(preference));
});
