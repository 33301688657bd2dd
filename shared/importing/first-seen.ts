// "Have I seen this id before, and on which line?" for every row of an export. A Map did this job but was
// the hottest spot of a million-row import: each lookup chases pointers through a large table of string
// objects. Here the table is two typed arrays (hash, slot) probed linearly, and a string is only compared
// when its 32-bit hash matches, so a lookup touches one small, contiguous region of memory.

const EMPTY = 0;

export class FirstSeen {
  private keys: string[] = [];
  private lines: number[] = [];
  /** Per table slot: entry index + 1 (0 = empty). */
  private slots = new Int32Array(1 << 12);
  /** Per table slot: the key's hash, so probing and growing need no string access. */
  private hashes = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;

  get size(): number {
    return this.keys.length;
  }

  /** The line `key` was first recorded with; records `line` and returns undefined when it is new. */
  firstLine(key: string, line: number): number | undefined {
    const h = hash(key);
    let i = h & this.mask;
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === EMPTY) break;
      if (this.hashes[i] === h && this.keys[slot - 1] === key) return this.lines[slot - 1];
      i = (i + 1) & this.mask;
    }
    this.keys.push(key);
    this.lines.push(line);
    this.slots[i] = this.keys.length;
    this.hashes[i] = h;
    // Keep the table at most half full so probe runs stay short.
    if (this.keys.length * 2 > this.mask) this.grow();
    return undefined;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const size = oldSlots.length * 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let j = 0; j < oldSlots.length; j++) {
      const slot = oldSlots[j]!;
      if (slot === EMPTY) continue;
      const h = oldHashes[j]!;
      let i = h & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = slot;
      this.hashes[i] = h;
    }
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
