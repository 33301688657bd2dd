import { describe, expect, it } from 'vitest';
import { IPC_SCHEMAS } from '../../../electron/main/ipc-schemas';
import { IpcValidationError } from '../../../electron/main/validate';

const data = new Uint8Array([80, 75, 3, 4]);

describe('dialog:save arguments', () => {
  const check = IPC_SCHEMAS['dialog:save'];

  it('accepts a name, bytes and filters', () => {
    const [req] = check([{ suggestedName: 'bundle.zip', data, filters: [{ name: 'Zip', extensions: ['zip'] }] }]);
    expect(req).toEqual({ suggestedName: 'bundle.zip', data, filters: [{ name: 'Zip', extensions: ['zip'] }] });
  });

  it.each([
    ['no argument', []],
    ['two arguments', [{ suggestedName: 'a', data }, '/etc/passwd']],
    ['a path property', [{ suggestedName: 'a', data, path: '/etc/passwd' }]],
    ['an empty name', [{ suggestedName: '', data }]],
    ['a 256-character name', [{ suggestedName: 'a'.repeat(256), data }]],
    ['a number as name', [{ suggestedName: 42, data }]],
    ['data as a string', [{ suggestedName: 'a', data: 'UEsDBA==' }]],
    ['data as a plain array', [{ suggestedName: 'a', data: [80, 75] }]],
    ['data as a fake view', [{ suggestedName: 'a', data: { byteLength: 4, buffer: new ArrayBuffer(4) } }]],
    ['a filter extension with a slash', [{ suggestedName: 'a', data, filters: [{ name: 'x', extensions: ['../x'] }] }]],
    ['a filter extension with a leading dot', [{ suggestedName: 'a', data, filters: [{ name: 'x', extensions: ['.zip'] }] }]],
    ['a filter with extra keys', [{ suggestedName: 'a', data, filters: [{ name: 'x', extensions: ['zip'], path: '/' }] }]],
    ['21 filters', [{ suggestedName: 'a', data, filters: Array.from({ length: 21 }, () => ({ name: 'x', extensions: ['zip'] })) }]],
    ['a huge extension list', [{ suggestedName: 'a', data, filters: [{ name: 'x', extensions: new Array(1e6).fill('a') }] }]],
    ['a __proto__ payload', [JSON.parse('{"suggestedName":"a","__proto__":{"isAdmin":true}}')]],
  ])('refuses %s', (_label, values) => {
    expect(() => check(values as unknown[])).toThrow(IpcValidationError);
  });
});

describe('dialog:open arguments', () => {
  const check = IPC_SCHEMAS['dialog:open'];

  it('accepts an empty request and one with filters and multiple', () => {
    expect(check([{}])).toEqual([{}]);
    expect(check([{ multiple: true, filters: [{ name: 'Statements', extensions: ['csv', 'xlsx', '*'] }] }])).toEqual([
      { multiple: true, filters: [{ name: 'Statements', extensions: ['csv', 'xlsx', '*'] }] },
    ]);
  });

  it.each([
    ['a default path', [{ defaultPath: '/etc' }]],
    ['dialog properties', [{ properties: ['openDirectory'] }]],
    ['multiple as a string', [{ multiple: 'yes' }]],
    ['no argument', []],
  ])('refuses %s', (_label, values) => {
    expect(() => check(values as unknown[])).toThrow(IpcValidationError);
  });
});

describe('app:info arguments', () => {
  it('takes none', () => {
    expect(IPC_SCHEMAS['app:info']([])).toEqual([]);
    expect(() => IPC_SCHEMAS['app:info']([{}])).toThrow(IpcValidationError);
  });
});

describe('report:pdf arguments', () => {
  const check = IPC_SCHEMAS['report:pdf'];

  it('accepts html with page options', () => {
    expect(check([{ html: '<p>x</p>', pageSize: 'Letter', landscape: true }])).toEqual([
      { html: '<p>x</p>', pageSize: 'Letter', landscape: true },
    ]);
  });

  it.each([
    ['an empty document', [{ html: '' }]],
    ['html as bytes', [{ html: new Uint8Array(3) }]],
    ['an unknown page size', [{ html: '<p>', pageSize: 'A0' }]],
    ['a URL to print instead of html', [{ html: '<p>', url: 'file:///etc/passwd' }]],
    ['print options passed through', [{ html: '<p>', printBackground: false }]],
  ])('refuses %s', (_label, values) => {
    expect(() => check(values as unknown[])).toThrow(IpcValidationError);
  });
});
