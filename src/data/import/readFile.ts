// One imported file's bytes to a raw table: recognises Excel (by its zip signature), JSON and
// GeoJSON, and delimited text in any encoding the importer knows; refuses empty and binary files
// with a reason; a file over a size limit (limits.ts) is refused with the limit and its figure.
// Excel goes through our own reader over fflate's synchronous unzip (xlsx.ts: no blob: workers,
// which the production CSP forbids). This module runs in the import worker.
import { decodeBytes, detectEncoding, looksBinary, type DetectedEncoding, type TextEncodingName } from './encoding';
import { parseDelimited } from './delimited';
import { readJsonText } from './jsonTable';
import type { RawTable } from './rawTable';
import { tableFromLines } from './rawTable';
import { readXlsxRows } from './xlsx';
import { checkLimit, LimitError, type LimitHit } from './limits';

export type FileFormat = 'csv' | 'tsv' | 'xlsx' | 'json' | 'geojson';

export type ReadError = 'empty' | 'binary' | 'not-json' | 'unsupported-json' | 'bad-xlsx' | 'no-header' | 'limit';

export type ReadResult =
  | {
      ok: true;
      format: FileFormat;
      /** For text files: what was detected, and what was used (the user's override wins). */
      encoding?: DetectedEncoding & { used: TextEncodingName };
      table: RawTable;
      /** GeoJSON points: rows carry longitude/latitude columns. */
      points: boolean;
    }
  | { ok: true; format: 'geojson'; polygons: unknown[] }
  | { ok: false; error: Exclude<ReadError, 'limit'> }
  | { ok: false; error: 'limit'; hit: LimitHit };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export interface ReadOptions {
  encoding?: TextEncodingName;
  onProgress?: (fraction: number) => void;
  maxRows?: number;
}

/** Reads an .xlsx: the first sheet, rows numbered as in Excel; null when it is not a workbook. */
export function readXlsx(bytes: Uint8Array): RawTable | null {
  try {
    return tableFromLines(readXlsxRows(bytes));
  } catch (e) {
    if (e instanceof LimitError) throw e;
    return null;
  }
}

/** Reads a file; never throws (a limit gone over is an `{ error: 'limit' }` result). */
export async function readFile(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    return await readAny(bytes, fileName, opts);
  } catch (e) {
    if (e instanceof LimitError) return { ok: false, error: 'limit', hit: e.hit };
    throw e;
  }
}

async function readAny(bytes: Uint8Array, fileName: string, opts: ReadOptions): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  checkLimit('file-bytes', bytes.length);
  if (ZIP.every((b, i) => bytes[i] === b)) {
    const table = readXlsx(bytes);
    if (!table) return { ok: false, error: 'bad-xlsx' };
    if (table.header.length === 0) return { ok: false, error: 'no-header' };
    return { ok: true, format: 'xlsx', table, points: false };
  }
  const detected = detectEncoding(bytes);
  if (looksBinary(bytes, detected)) return { ok: false, error: 'binary' };
  const used = opts.encoding ?? detected.encoding;
  const text = decodeBytes(bytes, used);
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const encoding = { ...detected, used };
  const lower = fileName.toLowerCase();
  const first = text.trimStart()[0];
  if (lower.endsWith('.json') || lower.endsWith('.geojson') || first === '{' || (first === '[' && lower.endsWith('json'))) {
    const json = readJsonText(text);
    if (json.kind === 'error') return { ok: false, error: json.error };
    if (json.kind === 'polygons') return { ok: true, format: 'geojson', polygons: json.features };
    return {
      ok: true,
      format: json.kind === 'points' ? 'geojson' : 'json',
      encoding,
      table: json.table,
      points: json.kind === 'points',
    };
  }
  const table = parseDelimited(text, { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.maxRows ? { maxRows: opts.maxRows } : {}) });
  if (table.header.length === 0) return { ok: false, error: 'no-header' };
  return { ok: true, format: table.delimiter === '\t' ? 'tsv' : 'csv', encoding, table, points: false };
}
