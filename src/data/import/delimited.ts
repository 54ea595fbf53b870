// Delimited text (CSV, TSV, semicolon) to a raw table that remembers the line each row started
// on, so every report can point the user at the line in their file. Parsing is papaparse's;
// a stray quote, which would swallow the rest of the file into one cell, is undone here. Pure.
import Papa from 'papaparse';
import { skipTitleRows, type RawRow, type RawTable } from './rawTable';
import { LIMITS, LimitError, type LimitHit } from './limits';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Counts each candidate delimiter outside quotes in the first line that has any (a title row above
 * the header often has none); the most frequent wins, a comma when no line of the first ten has one.
 */
export function guessDelimiter(text: string): string {
  let from = 0;
  for (let n = 0; n < 10 && from < text.length; n++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, Math.min(end === -1 ? text.length : end, from + SCAN_CHARS));
    const best = lineDelimiter(line);
    if (best) return best;
    if (end === -1) break;
    from = end + 1;
  }
  return ',';
}

/** Enough of a line to tell its delimiter: a 200,000-column line is not scanned whole. */
const SCAN_CHARS = 65_536;
const QUOTE = 34;

function lineDelimiter(line: string): string | null {
  const codes = DELIMITERS.map((d) => d.charCodeAt(0));
  const counts = DELIMITERS.map(() => 0);
  let quoted = false;
  const n = Math.min(line.length, SCAN_CHARS);
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted) {
      const k = codes.indexOf(c);
      if (k !== -1) counts[k] = (counts[k] as number) + 1;
    }
  }
  let best = -1;
  counts.forEach((count, k) => {
    if (count > 0 && (best === -1 || count > (counts[best] as number))) best = k;
  });
  return best === -1 ? null : (DELIMITERS[best] as string);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export interface DelimitedOptions {
  /** Called now and then with the share of the text read, 0…1. */
  onProgress?: (fraction: number) => void;
  /** Stop after this many data rows (for the preview). */
  maxRows?: number;
}

/**
 * Parses delimited text. The first non-blank row is the header; blank rows are skipped (they
 * hold nothing to lose). Line numbers are 1-based lines of the file, counting the header.
 * Throws `LimitError` at the first row over the column or row limit.
 */
export function parseDelimited(input: string, opts: DelimitedOptions = {}): RawTable {
  // One newline convention: papaparse guesses it once per file, and Excel mixes \r\n with \n in cells.
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const delimiter = guessDelimiter(text);
  const rows: RawRow[] = [];
  const notes: RawTable['notes'] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let line = 1;
  let pos = 0;
  let sinceProgress = 0;
  let over: LimitHit | null = null;

  const push = (cells: string[], at: number) => {
    if (isBlankRow(cells)) return;
    if (cells.length > LIMITS.columns) over ??= { limit: 'columns', max: LIMITS.columns, found: cells.length };
    else if (rows.length >= LIMITS.rows) over ??= { limit: 'rows', max: LIMITS.rows, found: rows.length + 1 };
    if (header === null) {
      header = cells.map((c) => c.trim());
      headerLine = at;
    } else rows.push({ line: at, cells });
  };

  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result, parser) => {
      const end = result.meta.cursor;
      const startLine = line;
      line += countNewlines(text, pos, end);
      const quoteError = result.errors.some((e) => e.type === 'Quotes');
      if (quoteError && countNewlines(text, pos, end) > 0) {
        // A quote that never closes: read each physical line on its own, quotes as plain text.
        const chunk = text.slice(pos, end).split('\n');
        chunk.forEach((physical, i) => {
          if (physical === '' && i === chunk.length - 1) return;
          notes.push({ line: startLine + i, kind: 'stray-quote' });
          push(physical.split(delimiter), startLine + i);
        });
      } else {
        if (quoteError) notes.push({ line: startLine, kind: 'stray-quote' });
        push(result.data, startLine);
      }
      pos = end;
      // Stopped at the first row over a limit: the rest of a file refused is never parsed.
      if (over || (opts.maxRows !== undefined && rows.length >= opts.maxRows)) parser.abort();
      if (opts.onProgress && ++sinceProgress >= 5000) {
        sinceProgress = 0;
        opts.onProgress(end / Math.max(1, text.length));
      }
    },
  });
  if (over) throw new LimitError(over);
  opts.onProgress?.(1);
  return skipTitleRows({ header: header ?? [], headerLine, rows, notes, delimiter });
}
