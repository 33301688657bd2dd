import { describe, expect, it } from 'vitest';
import { BLUR_THRESHOLD, clarityWarnings, laplacianVariance, sampleSize, SAMPLE_SIDE, toGray } from '../../../renderer/src/case/clarity';

const W = 64;
const H = 48;
const grid = (f: (x: number, y: number) => number): Float32Array => {
  const g = new Float32Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) g[y * W + x] = f(x, y);
  return g;
};
/** A 3×3 box blur, applied `times` times: what an out-of-focus lens does to edges. */
function blur(g: Float32Array, times: number): Float32Array {
  let cur = g;
  for (let k = 0; k < times; k++) {
    const next = new Float32Array(cur.length);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        let sum = 0;
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < W && yy < H) { sum += cur[yy * W + xx]!; n++; }
        }
        next[y * W + x] = sum / n;
      }
    }
    cur = next;
  }
  return cur;
}

// Black "text strokes" on white: vertical bars 2 px wide every 6 px.
const text = grid((x) => (x % 6 < 2 ? 0 : 255));

describe('blur estimate (variance of the Laplacian)', () => {
  it('is zero for a flat picture and for a linear gradient (no edges)', () => {
    expect(laplacianVariance(grid(() => 128), W, H)).toBe(0);
    expect(laplacianVariance(grid((x, y) => x * 2 + y), W, H)).toBeCloseTo(0, 6);
  });

  it('is high for sharp strokes, falls as they are blurred, and the threshold separates sharp from blurred', () => {
    const sharp = laplacianVariance(text, W, H);
    const soft = laplacianVariance(blur(text, 2), W, H);
    const verySoft = laplacianVariance(blur(text, 8), W, H);
    expect(sharp).toBeGreaterThan(soft);
    expect(soft).toBeGreaterThan(verySoft);
    expect(sharp).toBeGreaterThan(BLUR_THRESHOLD * 10);
    expect(verySoft).toBeLessThan(BLUR_THRESHOLD);
  });

  it('is 0 for pictures too small to have inner pixels', () => {
    expect(laplacianVariance(new Float32Array(4), 2, 2)).toBe(0);
  });

  it('turns RGBA into luma', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
    expect([...toGray(rgba, 2, 2)].map((v) => Math.round(v))).toEqual([76, 150, 29, 255]);
  });

  it.each([
    [4000, 3000, SAMPLE_SIDE, 384],
    [3000, 4000, 384, SAMPLE_SIDE],
    [300, 200, 300, 200],
  ])('samples %i×%i at %i×%i', (w, h, sw, sh) => {
    expect(sampleSize(w, h)).toEqual({ width: sw, height: sh });
  });
});

describe('clarity warnings', () => {
  const base = { mime: 'image/jpeg' as const, warnings: [], width: 3000, height: 2000 };
  it.each([
    ['sharp and big', { ...base, sharpness: BLUR_THRESHOLD * 5 }, []],
    ['blurry', { ...base, sharpness: BLUR_THRESHOLD - 1 }, ['blurry']],
    ['not measured', { ...base }, []],
    ['small', { ...base, warnings: ['low-resolution' as const], width: 300, height: 200 }, ['low-resolution']],
    ['small and blurry', { ...base, warnings: ['low-resolution' as const], sharpness: 1 }, ['low-resolution', 'blurry']],
    ['HEIC', { ...base, mime: 'image/heic' as const }, ['not-previewable']],
    ['PDF', { ...base, mime: 'application/pdf' as const }, []],
  ])('%s', (_name, info, expected) => {
    expect(clarityWarnings(info)).toEqual(expected);
  });
});
