// One string for the many equal cells of a column, so a million-row export does not hold a million copies.

/**
 * Shares one string among the many equal cells of a column (status, direction, category, payee...): a
 * million-row export then holds a few thousand strings for those columns instead of millions, which is
 * most of its memory and of the garbage collector's work. Columns that rarely repeat (times, amounts,
 * ids) are noticed after a few hundred rows and left alone, so they cost one lookup each, not more.
 */
export class CellInterner {
  private readonly columns: (Map<string, string> | null | undefined)[] = [];
  private readonly misses: number[] = [];
  private readonly seen: number[] = [];

  get(col: number, cell: string): string {
    if (cell.length > 40 || col > 63) return cell;
    let m = this.columns[col];
    if (m === null) return cell;
    if (m === undefined) {
      m = new Map();
      this.columns[col] = m;
      this.misses[col] = 0;
      this.seen[col] = 0;
    }
    const seen = ++this.seen[col]!;
    const hit = m.get(cell);
    if (hit !== undefined) return hit;
    const misses = ++this.misses[col]!;
    // Mostly new values, or too many distinct ones: stop interning this column.
    if ((seen >= 256 && misses * 2 > seen) || m.size >= 20_000) this.columns[col] = null;
    else m.set(cell, cell);
    return cell;
  }
}
