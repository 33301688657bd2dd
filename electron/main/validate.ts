// A tiny schema helper for IPC arguments. Everything from the renderer is untrusted: each check accepts
// only the exact shape and builds a fresh value, so extra properties, prototype tricks and oversized
// arrays never reach a handler.

export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

/** Returns the value when it fits, throws IpcValidationError naming where it does not. */
export type Check<T> = (value: unknown, at: string) => T;

export interface Field<T> {
  check: Check<T>;
  optional: boolean;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object without prototype';
  return typeof value;
}

function fail(at: string, expected: string, value: unknown): never {
  throw new IpcValidationError(`invalid argument ${at}: expected ${expected}, got ${describe(value)}`);
}

export function string(opts: { min?: number; max: number; pattern?: RegExp }): Check<string> {
  const min = opts.min ?? 0;
  return (value, at) => {
    if (typeof value !== 'string') fail(at, 'a string', value);
    if (value.length < min || value.length > opts.max) {
      throw new IpcValidationError(`invalid argument ${at}: length ${value.length} is outside ${min}..${opts.max}`);
    }
    if (opts.pattern && !opts.pattern.test(value)) {
      throw new IpcValidationError(`invalid argument ${at}: ${JSON.stringify(value.slice(0, 40))} is not allowed`);
    }
    return value;
  };
}

export const boolean: Check<boolean> = (value, at) => (typeof value === 'boolean' ? value : fail(at, 'a boolean', value));

export function oneOf<T extends string>(...allowed: T[]): Check<T> {
  return (value, at) =>
    typeof value === 'string' && (allowed as string[]).includes(value)
      ? (value as T)
      : fail(at, `one of ${allowed.join(', ')}`, value);
}

/** A Uint8Array (a Buffer is one) or an ArrayBuffer; returned as a Uint8Array. */
export function bytes(opts: { max: number }): Check<Uint8Array> {
  return (value, at) => {
    let view: Uint8Array;
    // A Buffer or other subclass becomes a plain view over the same bytes.
    if (value instanceof Uint8Array) view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    else if (value instanceof ArrayBuffer) view = new Uint8Array(value);
    else return fail(at, 'bytes (Uint8Array)', value);
    if (view.byteLength > opts.max) {
      throw new IpcValidationError(`invalid argument ${at}: ${view.byteLength} bytes exceeds the limit of ${opts.max}`);
    }
    return view;
  };
}

export function array<T>(item: Check<T>, opts: { max: number }): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) fail(at, 'an array', value);
    // Length first: a huge array is refused without walking it.
    if (value.length > opts.max) {
      throw new IpcValidationError(`invalid argument ${at}: ${value.length} items exceeds the limit of ${opts.max}`);
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) out.push(item(value[i], `${at}[${i}]`));
    return out;
  };
}

export const required = <T>(check: Check<T>): Field<T> => ({ check, optional: false });
export const optional = <T>(check: Check<T>): Field<T | undefined> => ({ check, optional: true });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An object with exactly these fields (optional ones may be missing or undefined) and nothing else. */
export function object<T>(fields: { [K in keyof T]-?: Field<T[K]> }): Check<T> {
  const known = new Set(Object.keys(fields));
  return (value, at) => {
    if (!isPlainObject(value)) return fail(at, 'a plain object', value);
    if (Object.getOwnPropertySymbols(value).length > 0) fail(at, 'an object without symbol keys', value);
    for (const key of Object.getOwnPropertyNames(value)) {
      // `__proto__` arrives as an own key when the sender built the object from JSON.
      if (!known.has(key)) throw new IpcValidationError(`invalid argument ${at}: unexpected property ${JSON.stringify(key)}`);
    }
    const out: Record<string, unknown> = {};
    for (const key of known) {
      const field = (fields as Record<string, Field<unknown>>)[key] as Field<unknown>;
      const raw = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
      if (raw === undefined) {
        if (!field.optional) throw new IpcValidationError(`invalid argument ${at}.${key}: missing`);
        continue;
      }
      out[key] = field.check(raw, `${at}.${key}`);
    }
    return out as T;
  };
}

/** The whole argument list of one invoke call: exactly these positions, no more. */
export function args<T extends unknown[]>(...checks: { [I in keyof T]: Check<T[I]> }): (values: unknown[]) => T {
  return (values) => {
    if (values.length !== checks.length) {
      throw new IpcValidationError(`invalid arguments: expected ${checks.length}, got ${values.length}`);
    }
    return checks.map((check, i) => (check as Check<unknown>)(values[i], `#${i + 1}`)) as T;
  };
}
