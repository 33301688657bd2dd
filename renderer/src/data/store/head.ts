// The first part of a file, cut at a line break, for quick looks (mapping editor, live preview) that
// must not parse a 100 MB export on every keystroke.

export const HEAD_BYTES = 256 * 1024;

/** Bytes up to the last LF within `max`. LF never occurs inside a UTF-8 or GB18030 multi-byte sequence. */
export function headBytes(bytes: Uint8Array, max = HEAD_BYTES): Uint8Array {
  if (bytes.length <= max) return bytes;
  const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const utf16be = bytes[0] === 0xfe && bytes[1] === 0xff;
  for (let i = max - 1; i > 0; i--) {
    if (utf16le && bytes[i - 1] === 0x0a && bytes[i] === 0x00 && (i - 1) % 2 === 0) return bytes.subarray(0, i + 1);
    if (utf16be && bytes[i - 1] === 0x00 && bytes[i] === 0x0a && (i - 1) % 2 === 0) return bytes.subarray(0, i + 1);
    if (!utf16le && !utf16be && bytes[i] === 0x0a) return bytes.subarray(0, i + 1);
  }
  return bytes.subarray(0, max);
}
