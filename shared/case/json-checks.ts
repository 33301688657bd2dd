// Small typed readers for hand-written JSON: each records a problem under the field's path instead of
// throwing, so that one pass over a case file lists every mistake at once.

export interface FieldProblem {
  /** Where in the file, e.g. `contacts[2].at`. */
  path: string;
  problem: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;

export class Reader {
  constructor(
    private readonly prefix = '',
    /** Shared with child readers, so that nested fields report into one list. */
    readonly problems: FieldProblem[] = [],
  ) {}

  at(path: string): string {
    return this.prefix ? (path.startsWith('[') ? `${this.prefix}${path}` : `${this.prefix}.${path}`) : path;
  }

  fail(path: string, problem: string): undefined {
    this.problems.push({ path: this.at(path), problem });
    return undefined;
  }

  child(prefix: string): Reader {
    return new Reader(this.at(prefix), this.problems);
  }

  object(v: unknown, path: string): Record<string, unknown> | undefined {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return this.fail(path, `expected an object, found ${describe(v)}`);
    return v as Record<string, unknown>;
  }

  /** Reports fields that are not part of the format (usually a typo of a real one). */
  known(obj: Record<string, unknown>, fields: readonly string[], path = ''): void {
    for (const k of Object.keys(obj)) {
      if (!fields.includes(k)) {
        const near = fields.find((f) => f.toLowerCase() === k.toLowerCase());
        this.fail(path ? `${path}.${k}` : k, `unknown field${near ? `; did you mean "${near}"?` : ''} (allowed: ${fields.join(', ')})`);
      }
    }
  }

  string(v: unknown, path: string, opts: { required?: boolean; nonEmpty?: boolean; max?: number } = {}): string | undefined {
    if (v === undefined || v === null) return opts.required ? this.fail(path, 'is required') : undefined;
    if (typeof v !== 'string') return this.fail(path, `expected text, found ${describe(v)}`);
    if (opts.nonEmpty && v.trim() === '') return this.fail(path, 'must not be empty');
    if (opts.max && v.length > opts.max) return this.fail(path, `is longer than ${opts.max} characters`);
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], required = false): T | undefined {
    const s = this.string(v, path, { required });
    if (s === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(s)) return this.fail(path, `"${s}" is not one of: ${allowed.join(', ')}`);
    return s as T;
  }

  boolean(v: unknown, path: string): boolean | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') return this.fail(path, `expected true or false, found ${describe(v)}`);
    return v;
  }

  date(v: unknown, path: string, required = false): string | undefined {
    const s = this.string(v, path, { required });
    if (s === undefined) return undefined;
    if (!isCalendarDate(s)) return this.fail(path, `"${s}" is not a date in the form YYYY-MM-DD`);
    return s;
  }

  /** A date, or a date-time that says its time zone (a time without a zone is ambiguous evidence). */
  dateOrTime(v: unknown, path: string, required = false): string | undefined {
    const s = this.string(v, path, { required });
    if (s === undefined) return undefined;
    if (DATE_RE.test(s)) return isCalendarDate(s) ? s : this.fail(path, `"${s}" is not a real calendar date`);
    const m = DATE_TIME_RE.exec(s);
    if (!m) return this.fail(path, `"${s}" is not a date (YYYY-MM-DD) or a date-time such as 2024-03-05T14:30+08:00`);
    if (!isCalendarDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
      return this.fail(path, `"${s}" is not a real date and time`);
    }
    if (!m[5]) return this.fail(path, `"${s}" has no time zone; add one, e.g. ${s}+08:00 for China time`);
    return s.replace(' ', 'T');
  }

  list(v: unknown, path: string): unknown[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.fail(path, `expected a list, found ${describe(v)}`);
      return [];
    }
    return v;
  }
}
