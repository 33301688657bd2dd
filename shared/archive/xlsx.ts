// XLSX workbooks → rows of text cells. fflate unpacks (streaming, so real output is counted against the
// limits) and fast-xml-parser reads the XML; documents with a DTD are refused so no entity can expand.
// Not npm's `xlsx` 0.18: it is frozen with known vulnerabilities.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { ImportError } from '../importing/errors';
import { ARCHIVE_LIMITS, ByteBudget, checkDeclared } from './limits';
import { cellText, isDateFormat } from './xlsx-cells';

export interface Sheet {
  name: string;
  rows: string[][];
}

const WANTED = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

function unpack(name: string, bytes: Uint8Array): Map<string, Uint8Array> {
  const fail = (why: string): never => {
    throw new ImportError(name, why);
  };
  const files = new Map<string, Uint8Array>();
  const budget = new ByteBudget(fail);
  let count = 0;
  const uz = new Unzip((file: UnzipFile) => {
    if (++count > ARCHIVE_LIMITS.maxEntries) fail(`the workbook has more than ${ARCHIVE_LIMITS.maxEntries} parts`);
    if (!WANTED.test(file.name)) return;
    if (file.originalSize !== undefined && file.size !== undefined) {
      checkDeclared({ name: file.name, compressedSize: file.size, uncompressedSize: file.originalSize }, fail);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (err) fail(`the workbook part "${file.name}" is damaged`);
      size += chunk.length;
      budget.add(file.name, size, chunk.length);
      chunks.push(chunk);
      if (final) {
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        files.set(file.name, out);
      }
    };
    file.start();
  });
  uz.register(UnzipInflate);
  try {
    uz.push(bytes, true);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    fail('the workbook is damaged or encrypted');
  }
  return files;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (tag) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'xf', 'numFmt'].includes(tag),
});

type Node = Record<string, unknown>;

function xml(name: string, files: Map<string, Uint8Array>, part: string): Node | undefined {
  const bytes = files.get(part);
  if (!bytes) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) throw new ImportError(name, `the workbook part "${part}" declares a DTD, which a spreadsheet never needs`);
  try {
    return parser.parse(text) as Node;
  } catch {
    throw new ImportError(name, `the workbook part "${part}" is not valid XML`);
  }
}

const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

/** Text of a <t> node that may carry attributes (xml:space) or be plain text. */
function tText(t: unknown): string {
  if (t === undefined || t === null) return '';
  if (typeof t === 'object') return String((t as Node)['#text'] ?? '');
  return String(t);
}

function sharedStrings(name: string, files: Map<string, Uint8Array>): string[] {
  const sst = xml(name, files, 'xl/sharedStrings.xml')?.sst as Node | undefined;
  return arr(sst?.si).map((si) => (si.t !== undefined ? tText(si.t) : arr(si.r).map((r) => tText(r.t)).join('')));
}

/** Which style indexes format numbers as dates (built-in ids 14–22, 45–47, or a custom code with y/d/h). */
function dateStyles(name: string, files: Map<string, Uint8Array>): Set<number> {
  const ss = xml(name, files, 'xl/styles.xml')?.styleSheet as Node | undefined;
  const custom = new Map<string, string>();
  for (const f of arr((ss?.numFmts as Node | undefined)?.numFmt)) custom.set(String(f.numFmtId), String(f.formatCode));
  const out = new Set<number>();
  arr((ss?.cellXfs as Node | undefined)?.xf).forEach((xf, i) => {
    if (isDateFormat(Number(xf.numFmtId ?? 0), custom.get(String(xf.numFmtId)))) out.add(i);
  });
  return out;
}

function colIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Reads every worksheet of a workbook, in workbook order, as rows of trimmed text cells. */
export function readXlsxSheets(name: string, bytes: Uint8Array): Sheet[] {
  const files = unpack(name, bytes);
  const wb = xml(name, files, 'xl/workbook.xml')?.workbook as Node | undefined;
  if (!wb) throw new ImportError(name, 'the workbook has no xl/workbook.xml');
  const rels = new Map<string, string>();
  const relRoot = xml(name, files, 'xl/_rels/workbook.xml.rels')?.Relationships as Node | undefined;
  for (const r of arr(relRoot?.Relationship)) rels.set(String(r.Id), String(r.Target));
  const strings = sharedStrings(name, files);
  const dates = dateStyles(name, files);
  const sheets: Sheet[] = [];
  for (const s of arr((wb.sheets as Node | undefined)?.sheet)) {
    const target = rels.get(String(s['r:id'])) ?? '';
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const ws = xml(name, files, part)?.worksheet as Node | undefined;
    if (!ws) continue;
    const rows: string[][] = [];
    for (const row of arr((ws.sheetData as Node | undefined)?.row)) {
      const rowNo = Number(row.r ?? rows.length + 1);
      const cells: string[] = [];
      arr(row.c).forEach((c, i) => {
        const at = c.r ? colIndex(String(c.r)) : i;
        while (cells.length < at) cells.push('');
        cells[at] = cellText(c, strings, dates);
      });
      // Keep sheet row numbers so issues point at the row the user sees in a spreadsheet program.
      while (rows.length < rowNo - 1) rows.push([]);
      rows.push(cells);
    }
    sheets.push({ name: String(s.name ?? ''), rows });
  }
  if (!sheets.length) throw new ImportError(name, 'the workbook has no readable sheets');
  return sheets;
}
