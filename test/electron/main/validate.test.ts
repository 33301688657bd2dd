import { describe, expect, it } from 'vitest';
import {
  IpcValidationError,
  args,
  array,
  boolean,
  bytes,
  object,
  oneOf,
  optional,
  required,
  string,
} from '../../../electron/main/validate';

interface Point {
  x: string;
  tag?: string;
}
const point = object<Point>({ x: required(string({ max: 5 })), tag: optional(string({ max: 5 })) });

describe('object', () => {
  it('returns a fresh object holding only the known fields', () => {
    const input = { x: 'a', tag: 'b' };
    const out = point(input, 'p');
    expect(out).toEqual({ x: 'a', tag: 'b' });
    expect(out).not.toBe(input);
    expect(point({ x: 'a' }, 'p')).toEqual({ x: 'a' });
    expect(point({ x: 'a', tag: undefined }, 'p')).toEqual({ x: 'a' });
  });

  it.each([
    ['a missing field', {}, /p\.x: missing/],
    ['an extra property', { x: 'a', y: 1 }, /unexpected property "y"/],
    ['a __proto__ own key from JSON', JSON.parse('{"x":"a","__proto__":{"polluted":1}}'), /unexpected property "__proto__"/],
    ['a constructor.prototype payload', JSON.parse('{"x":"a","constructor":{"prototype":{"polluted":1}}}'), /unexpected property "constructor"/],
    ['a symbol key', { x: 'a', [Symbol('s')]: 1 }, /symbol keys/],
    ['a class instance', new (class P { x = 'a'; })(), /plain object, got P/],
    ['an array', ['a'], /plain object, got an array of 1/],
    ['null', null, /plain object, got null/],
    ['a string', 'x=a', /plain object, got string/],
    ['a non-enumerable extra', Object.defineProperty({ x: 'a' }, 'hidden', { value: 1, enumerable: false }), /unexpected property "hidden"/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => point(value, 'p')).toThrow(IpcValidationError);
    expect(() => point(value, 'p')).toThrow(message);
  });

  it('leaves Object.prototype untouched by a pollution attempt', () => {
    expect(() => point(JSON.parse('{"x":"a","__proto__":{"polluted":1}}'), 'p')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts an object without prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { x: 'a' });
    expect(point(bare, 'p')).toEqual({ x: 'a' });
  });
});

describe('scalars', () => {
  it('checks string length and pattern', () => {
    const ext = string({ min: 1, max: 4, pattern: /^[a-z]+$/ });
    expect(ext('csv', 'e')).toBe('csv');
    expect(() => ext('', 'e')).toThrow(/length 0 is outside 1..4/);
    expect(() => ext('toolong', 'e')).toThrow(/length 7/);
    expect(() => ext('c.v', 'e')).toThrow(/not allowed/);
    expect(() => ext(1, 'e')).toThrow(/expected a string, got number/);
  });

  it('checks booleans and enumerations strictly', () => {
    expect(boolean(true, 'b')).toBe(true);
    expect(() => boolean('true', 'b')).toThrow(/a boolean/);
    expect(() => boolean(1, 'b')).toThrow(/a boolean/);
    const size = oneOf('A4', 'Letter');
    expect(size('A4', 's')).toBe('A4');
    expect(() => size('a4', 's')).toThrow(/one of A4, Letter/);
    expect(() => size(['A4'], 's')).toThrow(/one of/);
  });

  it('takes bytes as Uint8Array or ArrayBuffer, within the limit', () => {
    const b = bytes({ max: 4 });
    expect(b(new Uint8Array([1, 2]), 'd')).toEqual(new Uint8Array([1, 2]));
    expect(b(Buffer.from([1, 2, 3]), 'd')).toEqual(new Uint8Array([1, 2, 3]));
    expect(b(new Uint8Array([9]).buffer, 'd')).toEqual(new Uint8Array([9]));
    expect(() => b(new Uint8Array(5), 'd')).toThrow(/5 bytes exceeds the limit of 4/);
    expect(() => b([1, 2], 'd')).toThrow(/bytes/);
    expect(() => b('AAEC', 'd')).toThrow(/bytes/);
    expect(() => b(new Uint16Array(1), 'd')).toThrow(/bytes/);
    expect(() => b({ 0: 1, length: 1 }, 'd')).toThrow(/bytes/);
  });
});

describe('array', () => {
  const list = array(string({ max: 3 }), { max: 3 });

  it('checks every item and names the bad one', () => {
    expect(list(['a', 'b'], 'l')).toEqual(['a', 'b']);
    expect(() => list(['a', 7], 'l')).toThrow(/l\[1\]: expected a string/);
  });

  it('refuses a huge array by its length without walking it', () => {
    const huge = new Array<unknown>(10_000_000);
    let touched = false;
    const probe = array((v: unknown) => {
      touched = true;
      return v;
    }, { max: 3 });
    expect(() => probe(huge, 'l')).toThrow(/10000000 items exceeds the limit of 3/);
    expect(touched).toBe(false);
  });

  it('refuses array-likes and typed arrays', () => {
    expect(() => list({ 0: 'a', length: 1 }, 'l')).toThrow(/an array/);
    expect(() => list(new Uint8Array(1), 'l')).toThrow(/an array/);
  });
});

describe('args', () => {
  it('requires exactly the declared argument count', () => {
    const one = args<[boolean]>(boolean);
    expect(one([true])).toEqual([true]);
    expect(() => one([])).toThrow(/expected 1, got 0/);
    expect(() => one([true, 'extra'])).toThrow(/expected 1, got 2/);
    expect(() => args<[]>()(['x'])).toThrow(/expected 0, got 1/);
  });
});
