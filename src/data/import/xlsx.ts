// A small .xlsx reader over fflate's synchronous unzip: the first sheet's cells as text, rows
// numbered as in Excel. It exists because read-excel-file's fflate starts a `blob:` worker for any
// zip entry over 512 KB, which the production CSP (`worker-src 'self'`) forbids — the import then
// waited forever. Limits come first: each entry's declared size is checked before it is inflated
// (fflate inflates into a buffer of exactly that size, so a lying entry is cut, not grown), rows,
// columns and cells are counted from the actual cell references, and nothing is allocated by a
// declared range (a lone `XFD1048576` is one cell, not sixteen billion). Pure.
import { unzipSync } from 'fflate';
import { checkLimit } from './limits';

/** One sheet row that has at least one cell: its Excel row number and its cells, gaps as ''. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export class BadXlsxError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'BadXlsxError';
  }
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** XML text to a string: entities, and OOXML's `_xHHHH_` escapes of control characters. */
export function xmlText(s: string): string {
  const t = s.includes('&')
    ? s.replace(ENTITY, (_, e: string) =>
        e[0] === '#' ? fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e.toLowerCase()] ?? ''),
      )
    : s;
  return t.includes('_x') ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
}

const ATTRS = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

/** The text runs of a shared or inline string (`<t>`), phonetic runs (`<rPh>`) left out. */
function runs(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += xmlText(m[1] as string);
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) out.push(runs(m[1] ?? ''));
  return out;
}

// Built-in number formats that are dates (ECMA-376 §18.8.30, and the Thai ones 71–81).
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** Which cell styles (`s=` indexes) show a date: their number format is a date format. */
function dateStyles(xml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attr(m[1] as string, 'numFmtId'));
    custom.set(id, xmlText(attr(m[1] as string, 'formatCode') ?? ''));
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return DATE_FORMATS.has(id);
    // Quoted text, escapes and [colour]/[$-locale] blocks are not format letters.
    return /[dmyhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) && !/^general$/i.test(code);
  };
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    if (isDate(Number(attr(m[1] as string, 'numFmtId') ?? 0))) out.add(i);
    i++;
  }
  return out;
}

const DAY_MS = 86_400_000;
/** An Excel date serial as YYYY-MM-DD (1900 system with its phantom 29 Feb 1900, or 1904). */
function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.round(serial * DAY_MS));
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

/** Column letters (A…XFD) to a 1-based number; 0 when there are none. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length && n <= 1e7; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const decoder = new TextDecoder();
const text = (files: Record<string, Uint8Array>, name: string | undefined): string | undefined => {
  const bytes = name === undefined ? undefined : files[name];
  return bytes ? decoder.decode(bytes) : undefined;
};

/** Path of the workbook's first sheet, from workbook.xml and its relationships. */
function firstSheetPath(workbook: string, rels: string | undefined): string {
  const sheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook)?.[1] ?? '';
  const rid = /\br:id="([^"]*)"|\bid="([^"]*)"/.exec(sheet.replace(/\bsheetId="[^"]*"/, ''));
  const id = rid?.[1] ?? rid?.[2];
  for (const m of (rels ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    if (attr(m[1] as string, 'Id') !== id) continue;
    const target = attr(m[1] as string, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

// A row's start tag (attributes in 1), or a cell (attributes in 2, content in 3 unless empty).
const CELL_OR_ROW = /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/**
 * Reads the first sheet of an .xlsx. Throws `LimitError` over a limit and `BadXlsxError` when the
 * bytes are not a workbook; never allocates more than the limits allow.
 */
export function readXlsxRows(bytes: Uint8Array): SheetRow[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels');
        if (wanted) checkLimit('entry-bytes', f.originalSize);
        return wanted;
      },
    });
  } catch (e) {
    if (e instanceof Error && e.name === 'LimitError') throw e;
    throw new BadXlsxError(e instanceof Error ? e.message : String(e));
  }
  const workbook = text(files, 'xl/workbook.xml');
  if (workbook === undefined) throw new BadXlsxError('no xl/workbook.xml');
  const sheet = text(files, firstSheetPath(workbook, text(files, 'xl/_rels/workbook.xml.rels')));
  if (sheet === undefined) throw new BadXlsxError('no first sheet');
  const strings = sharedStrings(text(files, 'xl/sharedStrings.xml'));
  const dates = dateStyles(text(files, 'xl/styles.xml'));
  const date1904 = /\bdate1904="(1|true)"/.test(/<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '');

  const rows: SheetRow[] = [];
  let current: SheetRow | null = null;
  let rowNumber = 0;
  let column = 0;
  let cells = 0;
  for (const m of sheet.matchAll(CELL_OR_ROW)) {
    if (m[1] !== undefined) {
      const r = Number(attr(m[1], 'r') ?? rowNumber + 1);
      rowNumber = Number.isSafeInteger(r) ? r : rowNumber + 1;
      column = 0;
      current = null;
      continue;
    }
    const attrs = m[2] as string;
    const ref = attr(attrs, 'r');
    const refMatch = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
    if (refMatch) {
      column = columnNumber(refMatch[1] as string);
      const r = Number(refMatch[2]);
      if (r !== rowNumber) {
        rowNumber = r;
        current = null;
      }
    } else column++;
    checkLimit('columns', column);
    const body = m[3] ?? '';
    const value = cellText(attr(attrs, 't'), attr(attrs, 's'), body, strings, dates, date1904);
    if (value === '') continue;
    checkLimit('cells', ++cells);
    if (current === null || current.line !== rowNumber) {
      current = { line: rowNumber, cells: [] };
      rows.push(current);
      checkLimit('rows', rows.length);
    }
    while (current.cells.length < column - 1) current.cells.push('');
    current.cells[column - 1] = value;
  }
  return rows.sort((a, b) => a.line - b.line);
}

function cellText(type: string | undefined, style: string | undefined, body: string, strings: readonly string[], dates: ReadonlySet<number>, date1904: boolean): string {
  if (type === 'inlineStr') return runs(body);
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (v === undefined) return '';
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return xmlText(v);
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return xmlText(v);
      return style !== undefined && dates.has(Number(style)) ? serialDate(n, date1904) : String(n);
    }
  }
}
