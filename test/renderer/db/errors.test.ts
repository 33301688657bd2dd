import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../../renderer/src/db/errors';
import { toDataError } from '../../../renderer/src/data/errors';
import { ImportError } from '../../../shared/importing/errors';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage errors', () => {
  it.each([
    ['the DOMException itself', quota, true],
    ['inside an AbortError', Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }), true],
    ['two levels deep', { name: 'DexieError', inner: { name: 'AbortError', inner: quota } }, true],
    ['inside a BulkError', { name: 'BulkError', failures: [new Error('x'), quota] }, true],
    ['inside a BulkError by position', { name: 'BulkError', failuresByPos: { 3: quota } }, true],
    ['a constraint error', new DOMException('dup', 'ConstraintError'), false],
    ['a plain error', new Error('QuotaExceededError mentioned in text only'), false],
    ['nothing', undefined, false],
  ])('%s → %s', (_, e, want) => {
    expect(isQuotaError(e)).toBe(want);
  });

  it('maps thrown things to the kind the page acts on, with a safe message', () => {
    expect(toDataError(quota)).toMatchObject({ kind: 'quota', message: expect.stringMatching(/Nothing was saved/) });
    expect(toDataError(new ImportError('a.csv', 'the file is empty'))).toMatchObject({ kind: 'invalid-file', message: 'a.csv: the file is empty', fileName: 'a.csv' });
    expect(toDataError(new ImportError('b.csv', 'no header row of any known wallet or bank layout was found'))).toMatchObject({ kind: 'unknown-layout' });
    const pw = Object.assign(new ImportError('c.zip', 'the password is wrong'), { name: 'PasswordError', wrongPassword: true });
    expect(toDataError(pw)).toMatchObject({ kind: 'password', wrongPassword: true, fileName: 'c.zip' });
    expect(toDataError('weird')).toMatchObject({ kind: 'internal', message: 'Unexpected error: weird' });
  });
});
