// Is a photo of a document readable? Resolution comes from the file header (shared/case imageInfo); the
// blur estimate needs decoded pixels, which only the renderer has: the picture is drawn into a canvas at
// most SAMPLE_SIDE pixels on its long side, turned grey, and the variance of its Laplacian measured.
// Sharp edges (text, the corners of a card) give a large variance; an out-of-focus or shaken photo gives
// a small one. Downscaling first makes the measure independent of the camera's resolution and cheap.
import { MIN_LONG_SIDE } from '../../../shared/case/image-info';
import { isRenderableImage } from '../../../shared/case/mime';
import type { AttachmentInfo } from '../data/case-api';

export const SAMPLE_SIDE = 512;
/** Below this Laplacian variance (0–255 grey levels) text is usually too soft to read. */
export const BLUR_THRESHOLD = 100;

export type ClarityWarning = 'low-resolution' | 'blurry' | 'unreadable-dimensions' | 'unknown-type' | 'not-previewable';

/** Luma (ITU-R BT.601) of RGBA pixels. */
export function toGray(rgba: Uint8ClampedArray, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i++) {
    out[i] = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
  }
  return out;
}

/** Variance of the 4-neighbour Laplacian over the inner pixels; 0 for pictures under 3×3. */
export function laplacianVariance(gray: ArrayLike<number>, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const v = gray[i - width]! + gray[i + width]! + gray[i - 1]! + gray[i + 1]! - 4 * gray[i]!;
      sum += v;
      sumSq += v * v;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

/** The size a picture is sampled at: the long side at most SAMPLE_SIDE, never enlarged. */
export function sampleSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, SAMPLE_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

type Canvas2D = { getContext(kind: '2d'): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null };

function makeCanvas(width: number, height: number): Canvas2D | undefined {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  if (typeof document === 'undefined') return undefined;
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

/**
 * Sharpness of an image file, or undefined where this browser cannot decode it (HEIC, damaged files,
 * test environments without a canvas). Never throws: the check is advice, not a gate.
 */
export async function measureSharpness(blob: Blob): Promise<number | undefined> {
  if (typeof createImageBitmap !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(blob);
    try {
      const size = sampleSize(bitmap.width, bitmap.height);
      const ctx = makeCanvas(size.width, size.height)?.getContext('2d');
      if (!ctx) return undefined;
      ctx.drawImage(bitmap, 0, 0, size.width, size.height);
      const { data } = ctx.getImageData(0, 0, size.width, size.height);
      return laplacianVariance(toGray(data, size.width, size.height), size.width, size.height);
    } finally {
      bitmap.close();
    }
  } catch {
    return undefined;
  }
}

/** What to tell the owner about one attachment's legibility. */
export function clarityWarnings(a: Pick<AttachmentInfo, 'mime' | 'warnings' | 'sharpness' | 'width' | 'height'>): ClarityWarning[] {
  const out: ClarityWarning[] = [];
  if (a.warnings.includes('low-resolution')) out.push('low-resolution');
  if (a.warnings.includes('unreadable-dimensions')) out.push('unreadable-dimensions');
  if (a.warnings.includes('unknown-type')) out.push('unknown-type');
  if (a.sharpness !== undefined && a.sharpness < BLUR_THRESHOLD) out.push('blurry');
  if (a.mime.startsWith('image/') && !isRenderableImage(a.mime)) out.push('not-previewable');
  return out;
}

export { MIN_LONG_SIDE };
