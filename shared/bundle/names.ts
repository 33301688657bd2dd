// File names inside the bag. They come from users and exports, so they are made safe for every reader:
// no path separators or `..`, no CR/LF/`%` (which BagIt manifests would have to percent-encode, and not
// every validator decodes), nothing Windows refuses, and unique even on case-insensitive file systems.

const MAX_NAME = 120;
// Windows device names are refused with any extension (CON.txt).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Separators, characters Windows forbids, `%`, and every control character.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|%\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function splitExt(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot <= 10 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

/** A single safe path segment for `name`; never empty, never `.` or `..`. */
export function safeFileName(name: string, fallback = 'file'): string {
  let s = name.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[.~ ]+/, '').replace(/[. ]+$/, '');
  if (RESERVED.test(s)) s = `_${s}`;
  if (!s) s = fallback;
  if (s.length > MAX_NAME) {
    const [base, ext] = splitExt(s);
    s = base.slice(0, MAX_NAME - ext.length) + ext;
  }
  return s;
}

/**
 * Safe names for a list, in order, de-duplicated case-insensitively by adding `-2`, `-3`… before the
 * extension. The same input list always gives the same names.
 */
export function uniqueFileNames(names: readonly string[], fallback = 'file'): string[] {
  const taken = new Set<string>();
  return names.map((n) => {
    const safe = safeFileName(n, fallback);
    let candidate = safe;
    const [base, ext] = splitExt(safe);
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base}-${i}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
