import { describe, expect, it } from 'vitest';
import { chooseSoftwareGl, chromiumFlags } from '../../support/browser.ts';

describe('chooseSoftwareGl', () => {
  it('uses Mesa where it is installed, SwiftShader elsewhere', () => {
    expect(chooseSoftwareGl(undefined, true)).toBe('mesa');
    expect(chooseSoftwareGl(undefined, false)).toBe('swiftshader');
  });

  it('lets ATLAS_SOFTWARE_GL choose, and ignores a value it does not know', () => {
    expect(chooseSoftwareGl('swiftshader', true)).toBe('swiftshader');
    expect(chooseSoftwareGl('mesa', false)).toBe('mesa');
    expect(chooseSoftwareGl('llvmpipe', false)).toBe('swiftshader');
  });
});

describe('chromiumFlags', () => {
  it('passes one driver’s flags, or none when WebGL is off', () => {
    const mesa = chromiumFlags({ gl: 'mesa' });
    expect(mesa).toContain('--use-angle=gl-egl');
    expect(mesa).not.toContain('--enable-unsafe-swiftshader');
    const swift = chromiumFlags({ gl: 'swiftshader' });
    expect(swift).toContain('--use-angle=swiftshader');
    expect(swift).not.toContain('--ignore-gpu-blocklist');
    const off = chromiumFlags({ webgl: false, gl: 'mesa' });
    expect(off).toContain('--disable-3d-apis');
    expect(off.some((f) => f.startsWith('--use-angle'))).toBe(false);
  });
});
