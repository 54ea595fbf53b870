// Reads manual class breaks typed by a user: "0.6, 0.65, 0.7" (Thai digits allowed). Pure.

const THAI_DIGITS = /[๐-๙]/g;

/** Ascending finite numbers, 1 to `max` of them; `null` when the text is anything else. */
export function parseBreaks(text: string, max: number): number[] | null {
  const normalised = text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
  const parts = normalised.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > max) return null;
  const values = parts.map(Number);
  if (!values.every(Number.isFinite)) return null;
  if (!values.every((v, i) => i === 0 || v > (values[i - 1] as number))) return null;
  return values;
}
