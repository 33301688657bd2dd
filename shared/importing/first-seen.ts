// "Have I seen this id before, and on which line?" for every row of an export. A Map did this job but was
// the hottest spot of a million-row import: each lookup chases pointers through a large table of string
// objects. Here the table is one typed array of (hash, entry) pairs probed linearly, and a string is only
// compared when its 32-bit hash matches, so a lookup mostly touches one cache line.

const EMPTY = 0;

export class FirstSeen {
  private keys: string[] = [];
  private lines: number[] = [];
  /** Per slot, two cells: the key's hash, then its entry index + 1 (0 = empty). */
  private table = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;

  get size(): number {
    return this.keys.length;
  }

  /** The line `key` was first recorded with; records `line` and returns undefined when it is new. */
  firstLine(key: string, line: number): number | undefined {
    const h = hash(key);
    const t = this.table;
    let i = h & this.mask;
    for (;;) {
      const entry = t[2 * i + 1]!;
      if (entry === EMPTY) break;
      if (t[2 * i] === h && this.keys[entry - 1] === key) return this.lines[entry - 1];
      i = (i + 1) & this.mask;
    }
    this.keys.push(key);
    this.lines.push(line);
    t[2 * i] = h;
    t[2 * i + 1] = this.keys.length;
    // Keep the table at most half full so probe runs stay short.
    if (this.keys.length * 2 > this.mask) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.table;
    const slots = old.length; // twice the old slot count: the new one
    const t = new Int32Array(2 * slots);
    const mask = slots - 1;
    for (let j = 0; j < old.length; j += 2) {
      const entry = old[j + 1]!;
      if (entry === EMPTY) continue;
      const h = old[j]!;
      let i = h & mask;
      while (t[2 * i + 1] !== EMPTY) i = (i + 1) & mask;
      t[2 * i] = h;
      t[2 * i + 1] = entry;
    }
    this.table = t;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units, with a final avalanche so that ids differing in the last digit spread. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
