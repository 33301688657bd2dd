// Builds archives at test time (never committed): plain, password-protected and hostile ones.
import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import { zipSync, strToU8 } from 'fflate';

export async function makeZip(
  files: Record<string, string | Uint8Array>,
  opts: { password?: string; zipCrypto?: boolean } = {},
): Promise<Uint8Array> {
  const w = new ZipWriter(new BlobWriter('application/zip'), {
    ...(opts.password ? { password: opts.password, zipCrypto: !!opts.zipCrypto, encryptionStrength: 3 as const } : {}),
    useWebWorkers: false,
  });
  for (const [name, data] of Object.entries(files)) {
    await w.add(name, typeof data === 'string' ? new TextReader(data) : new Uint8ArrayReader(data as Uint8Array<ArrayBuffer>));
  }
  return new Uint8Array(await (await w.close()).arrayBuffer());
}

/** A minimal XLSX with one sheet of inline strings and numbers; `extra` adds or overrides parts. */
export function makeXlsx(rows: (string | number)[][], extra: Record<string, string> = {}): Uint8Array {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((r, i) => `<row r="${i + 1}">${r
      .map((v, j) => {
        const ref = `${String.fromCharCode(65 + j)}${i + 1}`;
        return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      })
      .join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheet,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
