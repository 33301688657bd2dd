// Time order of a million transactions without a comparator: pack (second, index) into one float and use
// the typed-array numeric sort, several times faster than Array.prototype.sort with a callback.

function hasTies(ms: Float64Array, idx: Int32Array): boolean {
  for (let j = 1; j < idx.length; j++) if (ms[idx[j]!] === ms[idx[j - 1]!]) return true;
  return false;
}

/** Indices with `flags & need` in ascending time order; ties keep input order. */
export function sortByTime(ms: Float64Array, flags: Uint16Array, need: number): Int32Array {
  const n = ms.length;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & need)) continue;
    count++;
    const s = Math.floor(ms[i]! / 1000);
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const out = new Int32Array(count);
  if (!count) return out;
  // Exports usually come in time order (or reversed): then no sort is needed at all.
  let k0 = 0;
  let asc = true;
  let desc = true;
  let prev = Number.NaN;
  for (let i = 0; i < n && (asc || desc); i++) {
    if (!(flags[i]! & need)) continue;
    out[k0++] = i;
    if (prev === prev) {
      if (ms[i]! < prev) asc = false;
      if (ms[i]! > prev) desc = false;
    }
    prev = ms[i]!;
  }
  if (asc && k0 === count) return out;
  if (desc && k0 === count && !hasTies(ms, out)) return out.reverse();
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  if ((max - min + 1) * scale < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < n; i++) if (flags[i]! & need) keys[k++] = (Math.floor(ms[i]! / 1000) - min) * scale + i;
    keys.sort();
    for (let j = 0; j < count; j++) out[j] = keys[j]! % scale;
    // Sub-second order within the same second, which the packing dropped.
    for (let j = 1; j < count; j++) {
      let x = j;
      while (x > 0 && ms[out[x - 1]!]! > ms[out[x]!]!) {
        const tmp = out[x - 1]!;
        out[x - 1] = out[x]!;
        out[x] = tmp;
        x--;
      }
    }
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (flags[i]! & need) out[k++] = i;
  return out.sort((a, b) => ms[a]! - ms[b]! || a - b);
}
