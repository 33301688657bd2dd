// PLACEHOLDER: replaced by the archive work (password-protected ZIP exports, zip-bomb limits).
import { ImportError } from '../importing/errors';

export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
export function isXlsx(_b: Uint8Array): boolean {
  return false;
}
export async function extractZip(name: string, _b: Uint8Array, _password?: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  throw new ImportError(name, 'ZIP archives are not supported yet');
}
