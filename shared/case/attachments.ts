// Attachment metadata from the bytes: checksum, type by content, size limit and a legibility check.
import { sha256Hex } from '../hash';
import { imageInfo, isClearEnough } from './image-info';
import { isRefusedMime, sniffMime } from './mime';
import type { AttachmentKind, AttachmentMeta, AttachmentWarning } from './types';

/** Platforms' upload forms commonly stop well below this; bigger files also make the bundle unwieldy. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

const IMAGE_KINDS: ReadonlySet<AttachmentKind> = new Set(['id-front', 'id-back', 'proof-of-address', 'screenshot', 'closure-notice']);

export interface AttachmentInput {
  id: string;
  name: string;
  kind: AttachmentKind;
  bytes: Uint8Array;
  note?: string;
}

/**
 * Describes one attachment. Nothing is thrown for a bad file: the warnings say what is wrong so the UI can
 * explain it. `acceptable` is false for what must not go into a bundle (too large, SVG/HTML, empty).
 */
export async function describeAttachment(input: AttachmentInput): Promise<AttachmentMeta & { acceptable: boolean }> {
  const { bytes } = input;
  const warnings: AttachmentWarning[] = [];
  const mime = sniffMime(bytes);
  if (bytes.length === 0) warnings.push('empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) warnings.push('too-large');
  if (isRefusedMime(mime)) warnings.push('refused-type');
  else if (mime === 'application/octet-stream' && bytes.length > 0) warnings.push('unknown-type');
  let size: { width?: number; height?: number } = {};
  if (mime.startsWith('image/') && !isRefusedMime(mime)) {
    const info = imageInfo(bytes);
    if (!info) warnings.push('unreadable-dimensions');
    else {
      size = info;
      if (IMAGE_KINDS.has(input.kind) && !isClearEnough(info)) warnings.push('low-resolution');
    }
  }
  return {
    id: input.id,
    name: input.name,
    kind: input.kind,
    sha256: await sha256Hex(bytes),
    size: bytes.length,
    mime,
    ...size,
    warnings,
    ...(input.note ? { note: input.note } : {}),
    acceptable: !warnings.some((w) => w === 'empty' || w === 'too-large' || w === 'refused-type'),
  };
}
