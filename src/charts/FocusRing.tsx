// The keyboard focus ring of a chart mark: a ring in the focus colour (5:1 against the white
// page) over a white halo, so it stays visible over any neighbouring mark's colour, drawn above
// all marks (a ring inside the mark's own <g> would be covered by the marks drawn after it).
// Shown only while focus is keyboard-visible (see useMarkNav); a shape change, not a colour.

/** Where the ring goes: around a point, or around a row. */
export type RingShape = { kind: 'circle'; cx: number; cy: number; r: number } | { kind: 'rect'; x: number; y: number; width: number; height: number };

export function FocusRing({ shape }: { shape: RingShape | null | undefined }) {
  if (!shape) return null;
  const draw = (className: string) =>
    shape.kind === 'circle' ? (
      <circle className={className} cx={shape.cx} cy={shape.cy} r={shape.r} />
    ) : (
      <rect className={className} x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={2} />
    );
  return (
    <g className="focus-ring" aria-hidden="true">
      {draw('focus-halo')}
      {draw('focus-line')}
    </g>
  );
}

/** A ring around a point mark of radius `r` (clears the pilot triangle and learning-city ring). */
export function pointRing(cx: number, cy: number, r: number): RingShape {
  return { kind: 'circle', cx, cy, r: r * 1.5 + 3.5 };
}
