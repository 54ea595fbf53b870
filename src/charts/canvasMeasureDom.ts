// Text measuring in the browser with a 2-D canvas, in the app font, for the chart layouts (which
// take any `MeasureText`). Falls back to the estimate where there is no canvas (jsdom, Node).
import { approxMeasure, type MeasureText } from './text';

/** A measure function for `fontFamily` (a CSS font-family list), cached per text and size. */
export function canvasMeasure(fontFamily: string): MeasureText {
  const ctx = typeof document === 'undefined' ? null : safeContext();
  if (!ctx) return approxMeasure;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${fontSize}px ${fontFamily}`;
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}

function safeContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    // jsdom without the canvas package throws "Not implemented" here.
    return null;
  }
}
