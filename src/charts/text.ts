// Text measuring and fitting for chart labels, without the DOM: layouts take a `MeasureText`
// function (canvas-backed in the browser, `approxMeasure` in Node) so they stay pure. Thai has no
// spaces between words, so wrapping uses Intl.Segmenter word segments and truncation never splits
// a grapheme cluster (a consonant and its vowel and tone marks stay together).

/** Width in px of `text` set at `fontSize` px in the chart font. */
export type MeasureText = (text: string, fontSize: number) => number;

/** Thai marks that sit above or below the consonant and take no advance width. */
const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * A font-free estimate of text width (em fractions per character class), good enough for
 * layout in tests and server rendering; the browser passes a canvas measure instead.
 */
export const approxMeasure: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (THAI_COMBINING.test(ch)) continue;
    if (ch >= '\u0E00' && ch <= '\u0E7F') em += 0.56;
    else if (ch === ' ') em += 0.26;
    else if (/[0-9]/.test(ch)) em += 0.55;
    else if (/[A-Z]/.test(ch)) em += 0.64;
    else if (/[ilj.,:;'|!()]/.test(ch)) em += 0.27;
    else if (/[mwMW]/.test(ch)) em += 0.8;
    else em += 0.52;
  }
  return em * fontSize;
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';

/** `text` if it fits in `maxWidth`, else the longest grapheme prefix that fits, plus "…". */
export function fitText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string {
  if (measure(text, fontSize) <= maxWidth) return text;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = parts.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measure(candidate, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : parts.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at word boundaries (Intl.Segmenter words for
 * `locale`, so Thai breaks between words, not inside them); at most `maxLines`, the last one
 * ellipsised when the text does not fit.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  locale: string,
  maxLines = 2,
): string[] {
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line + word;
    if (line.trim() === '' || measure(next.trimEnd(), fontSize) <= maxWidth) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      line = words.slice(i).join('').trimStart();
      break;
    }
    line = word.trimStart();
  }
  if (line.trim() !== '') lines.push(fitText(line.trim(), maxWidth, fontSize, measure));
  return lines.filter((l) => l !== '');
}

/**
 * Moves label centres apart so neighbours are at least `gap` apart, keeping them inside
 * [lo, hi] and as close to their wanted positions as the constraint allows. Returns positions in
 * the input order. Deterministic: ties keep input order.
 */
export function dodgeLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => Math.min(hi, Math.max(lo, o.y)));
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k] as number, (ys[k - 1] as number) + gap);
  const overflow = (ys[ys.length - 1] ?? hi) - hi;
  if (overflow > 0) {
    ys[ys.length - 1] = hi;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k] as number, (ys[k + 1] as number) - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    out[o.i] = ys[k] as number;
  });
  return out;
}
